using System.Text.RegularExpressions;

namespace StrengthQuest.Storage.Database;

/// <summary>
/// The schema, one migration per version, written once for both engines: the tables in SQLite's
/// SQL, translated for PostgreSQL by <see cref="Ddl"/> (where they differ more, each engine's SQL is
/// spelled out), and the triggers that keep couple_changes rendered in each engine's form. SQLite's
/// PRAGMA user_version and PostgreSQL's strengthquest_schema table record how far a database has come.
/// </summary>
internal static class Schema
{
    /// <summary>"SQGM" — marks a file as a StrengthQuest database.</summary>
    public const int ApplicationId = 0x5351474D;

    /// <summary>The migrations in SQLite's SQL (unchanged since they were written).</summary>
    public static readonly string[] Migrations = Build(postgres: false);

    /// <summary>The same migrations in PostgreSQL's SQL.</summary>
    public static string[] PostgresMigrations => PostgresSql.Migrations;

    private static string[] Build(bool postgres) =>
    [
        Ddl(postgres, """
        CREATE TABLE players (
            id          INTEGER PRIMARY KEY,
            handle      TEXT NOT NULL UNIQUE,
            name        TEXT NOT NULL,
            time_zone   TEXT NOT NULL,
            day_start   INTEGER NOT NULL CHECK (day_start BETWEEN 0 AND 23),
            created_at  TEXT NOT NULL
        );
        CREATE TABLE couples (
            player_a    INTEGER NOT NULL UNIQUE REFERENCES players(id),
            player_b    INTEGER NOT NULL UNIQUE REFERENCES players(id),
            linked_at   TEXT NOT NULL,
            CHECK (player_a < player_b)
        );
        CREATE TABLE sessions (
            id          INTEGER PRIMARY KEY,
            uid         TEXT NOT NULL UNIQUE,
            player_id   INTEGER NOT NULL REFERENCES players(id),
            game_day    TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            backfilled  INTEGER NOT NULL DEFAULT 0,
            rest_pain   INTEGER CHECK (rest_pain BETWEEN 0 AND 10),
            note        TEXT
        );
        CREATE INDEX sessions_by_player_day ON sessions(player_id, game_day, recorded_at);
        CREATE TABLE entries (
            session_id  INTEGER NOT NULL REFERENCES sessions(id),
            position    INTEGER NOT NULL,
            ladder      TEXT NOT NULL,
            level       INTEGER NOT NULL CHECK (level >= 1),
            sets        TEXT NOT NULL,
            pain        INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
            PRIMARY KEY (session_id, position)
        ) WITHOUT ROWID;
        """),
        Ddl(postgres, """
        -- A rebuildable cache: the rules engine's running totals at the end of a settled day, so
        -- status need not replay years of history. Any session added on or before through_day
        -- deletes the rows it would change.
        CREATE TABLE fold_cache (
            me_id       INTEGER NOT NULL REFERENCES players(id),
            partner_id  INTEGER NOT NULL,
            rules_key   TEXT NOT NULL,
            through_day TEXT NOT NULL,
            state       TEXT NOT NULL,
            PRIMARY KEY (me_id, partner_id, rules_key)
        ) WITHOUT ROWID;
        """),
        Ddl(postgres, """
        -- Live couple play: nudges sent between partners, and when each player was last seen in
        -- the game (presence). Neither is game state; the rules never read them.
        CREATE TABLE nudges (
            id          INTEGER PRIMARY KEY,
            from_player INTEGER NOT NULL REFERENCES players(id),
            to_player   INTEGER NOT NULL REFERENCES players(id),
            sent_at     TEXT NOT NULL
        );
        CREATE INDEX nudges_to ON nudges(to_player, sent_at);
        CREATE TABLE presence (
            player_id   INTEGER PRIMARY KEY REFERENCES players(id),
            seen_at     TEXT NOT NULL
        );
        """),
        Ddl(postgres, """
        -- What wakes an open game: one counter per player that moves, in the writing transaction,
        -- whenever anything that player's couple shows changes. The triggers below keep it, so no
        -- write can forget to; a game reads its own row only when PRAGMA data_version says another
        -- connection committed. (On PostgreSQL the same triggers would NOTIFY a per-player channel.)
        CREATE TABLE couple_changes (
            player_id   INTEGER PRIMARY KEY REFERENCES players(id),
            version     INTEGER NOT NULL
        ) WITHOUT ROWID;
        -- The player and their partner, if any: the players a row about `player` concerns.
        CREATE VIEW couple_members (player, member) AS
            SELECT id, id FROM players
            UNION ALL SELECT player_a, player_b FROM couples
            UNION ALL SELECT player_b, player_a FROM couples;
        """)
        + CoupleChanged(postgres, "players_changed", "UPDATE ON players", "NEW.id")
        + CoupleChanged(postgres, "couples_linked", "INSERT ON couples", "NEW.player_a, NEW.player_b")
        + CoupleChanged(postgres, "couples_unlinked", "DELETE ON couples", "OLD.player_a, OLD.player_b")
        + CoupleChanged(postgres, "sessions_added", "INSERT ON sessions", "NEW.player_id")
        + CoupleChanged(postgres, "sessions_changed", "UPDATE ON sessions", "OLD.player_id, NEW.player_id")
        + CoupleChanged(postgres, "sessions_removed", "DELETE ON sessions", "OLD.player_id")
        // Entries are written with their session, whose trigger already counts; one changed alone counts too.
        + CoupleChanged(postgres, "entries_changed", "UPDATE ON entries", "SELECT player_id FROM sessions WHERE id IN (OLD.session_id, NEW.session_id)")
        + CoupleChanged(postgres, "entries_removed", "DELETE ON entries", "SELECT player_id FROM sessions WHERE id = OLD.session_id")
        + CoupleChanged(postgres, "nudges_sent", "INSERT ON nudges", "NEW.from_player, NEW.to_player")
        + Ddl(postgres, """
        -- Presence without heartbeats: a row per open game, written when it opens and deleted when
        -- it closes; whether its process still runs is checked on the host, without writing.
        DROP TABLE presence;
        CREATE TABLE presence (
            player_id   INTEGER NOT NULL REFERENCES players(id),
            host        TEXT NOT NULL,
            pid         INTEGER NOT NULL,
            started     INTEGER NOT NULL,
            entered_at  TEXT NOT NULL,
            PRIMARY KEY (player_id, host, pid)
        ) WITHOUT ROWID;
        """)
        + CoupleChanged(postgres, "presence_entered", "INSERT ON presence", "NEW.player_id")
        + CoupleChanged(postgres, "presence_left", "DELETE ON presence", "OLD.player_id"),
        Ddl(postgres, """
        -- "Recent check-ins" reads each player's latest sessions by the time they were recorded.
        CREATE INDEX sessions_by_player_recorded ON sessions(player_id, recorded_at);
        """),
        Ddl(postgres, """
        -- The training week: each player's plans (weekdays, from a game day on), their reminder and
        -- the address the host's notify command sends to, the last weekly recap they were shown,
        -- and what the notify command already sent (so a second run sends nothing again).
        CREATE TABLE plans (
            player_id   INTEGER NOT NULL REFERENCES players(id),
            from_day    TEXT NOT NULL,
            days        TEXT NOT NULL,
            PRIMARY KEY (player_id, from_day)
        ) WITHOUT ROWID;
        ALTER TABLE players ADD COLUMN remind_at TEXT;
        ALTER TABLE players ADD COLUMN notify_to TEXT;
        ALTER TABLE players ADD COLUMN recap_seen TEXT;
        ALTER TABLE nudges ADD COLUMN seen_at TEXT;
        CREATE TABLE notifications (
            player_id   INTEGER NOT NULL REFERENCES players(id),
            kind        TEXT NOT NULL,
            key         TEXT NOT NULL,
            sent_at     TEXT NOT NULL,
            PRIMARY KEY (player_id, kind, key)
        ) WITHOUT ROWID;
        """)
        + CoupleChanged(postgres, "plans_set", "INSERT ON plans", "NEW.player_id")
        + CoupleChanged(postgres, "plans_replaced", "DELETE ON plans", "OLD.player_id"),
        Ddl(postgres, """
        -- A check-in in progress, one per player, saved on every set, pain score and skip so a
        -- dropped connection loses nothing typed; revision counts the saves.
        CREATE TABLE drafts (
            player_id   INTEGER PRIMARY KEY REFERENCES players(id),
            revision    INTEGER NOT NULL,
            saved_at    TEXT NOT NULL,
            state       TEXT NOT NULL
        );
        -- Travel: the zones and day starts a player used before their current one, each until the
        -- instant they changed it (players holds the current one).
        CREATE TABLE earlier_clocks (
            player_id   INTEGER NOT NULL REFERENCES players(id),
            until       TEXT NOT NULL,
            time_zone   TEXT NOT NULL,
            day_start   INTEGER NOT NULL CHECK (day_start BETWEEN 0 AND 23),
            PRIMARY KEY (player_id, until)
        ) WITHOUT ROWID;

        """)
        // A draft wakes only its own player's other games (the partner's shows nothing of it).
        + PlayerChanged(postgres, "drafts_kept", "INSERT ON drafts", "NEW.player_id")
        + PlayerChanged(postgres, "drafts_changed", "UPDATE ON drafts", "NEW.player_id")
        + PlayerChanged(postgres, "drafts_dropped", "DELETE ON drafts", "OLD.player_id"),
        Ddl(postgres, """
        -- Open doors: the public keys each player plays with (by SHA-256 fingerprint, as
        -- ssh-keygen -l prints it); written only by the game for the key in use, or by the operator.
        CREATE TABLE player_keys (
            fingerprint  TEXT PRIMARY KEY,
            player_id    INTEGER NOT NULL REFERENCES players(id),
            added_at     TEXT NOT NULL,
            last_used_at TEXT
        ) WITHOUT ROWID;
        CREATE INDEX player_keys_by_player ON player_keys(player_id);
        -- Codes passed on by hand: an invite to form a couple, or a device code that adds a key to
        -- a player. Each works once, until it expires.
        CREATE TABLE access_codes (
            code        TEXT PRIMARY KEY,
            kind        TEXT NOT NULL CHECK (kind IN ('invite', 'device')),
            player_id   INTEGER NOT NULL REFERENCES players(id),
            created_at  TEXT NOT NULL,
            expires_at  TEXT NOT NULL,
            used_at     TEXT
        ) WITHOUT ROWID;
        -- Wrong codes, by whom (a player, or a key without one), so guessing can be slowed down.
        CREATE TABLE wrong_codes (
            who         TEXT NOT NULL,
            tried_at    TEXT NOT NULL
        );
        CREATE INDEX wrong_codes_by_who ON wrong_codes(who, tried_at);
        -- The couples' board: each partner's consent, given for the couple they are in. A couple
        -- is on the board while both partners' rows name each other.
        CREATE TABLE board_members (
            player_id   INTEGER PRIMARY KEY REFERENCES players(id),
            partner_id  INTEGER NOT NULL REFERENCES players(id),
            joined_at   TEXT NOT NULL
        );
        """)
        + CoupleChanged(postgres, "board_joined", "INSERT ON board_members", "NEW.player_id")
        + CoupleChanged(postgres, "board_left", "DELETE ON board_members", "OLD.player_id"),
    ];

    public static int CurrentVersion => Migrations.Length;

    /// <summary>Built on first use: every SQLite command opens through this class, and the translation's regexes cost it ~0.15 ms.</summary>
    private static class PostgresSql
    {
        public static readonly string[] Migrations = Build(postgres: true);
    }

    /// <summary>
    /// The tables in PostgreSQL's types: integers are 64-bit (row ids become identity columns),
    /// text compares byte by byte as in SQLite (COLLATE "C", so every ORDER BY agrees), and WITHOUT
    /// ROWID has no meaning there.
    /// </summary>
    private static string Ddl(bool postgres, string sqlite)
    {
        if (!postgres)
        {
            return sqlite;
        }

        string sql = Regex.Replace(sqlite, @"\bINTEGER PRIMARY KEY(?=,)", "bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
        sql = Regex.Replace(sql, @"\bINTEGER\b", "bigint");
        sql = Regex.Replace(sql, @"\bTEXT\b", "text COLLATE \"C\"");
        sql = sql.Replace(") WITHOUT ROWID;", ");", StringComparison.Ordinal);
        // The fold snapshots are bytes (SQLite stores the blob in a column declared TEXT). Matched
        // whatever the indentation: a raw string's lines lose their common indent.
        return Regex.Replace(sql, @"\bstate(\s+)text COLLATE ""C"" NOT NULL(?=,\s*PRIMARY KEY \(me_id)", "state$1bytea NOT NULL");
    }

    /// <summary>A trigger moving the change counter of <paramref name="player"/> alone.</summary>
    private static string PlayerChanged(bool postgres, string name, string when, string player) => postgres
        ? PostgresTrigger(name, when, $"""
            INSERT INTO couple_changes (player_id, version) VALUES ({player}, 1)
                ON CONFLICT (player_id) DO UPDATE SET version = couple_changes.version + 1;
                PERFORM pg_notify('strengthquest_player_' || ({player}), '');
            """)
        : $"""
        CREATE TRIGGER {name} AFTER {when} BEGIN
            INSERT INTO couple_changes (player_id, version) SELECT {player}, 1 WHERE true
            ON CONFLICT (player_id) DO UPDATE SET version = version + 1;
        END;

        """;

    /// <summary>A trigger moving the change counter of the couples of <paramref name="players"/> (ids, or a query for them).</summary>
    private static string CoupleChanged(bool postgres, string name, string when, string players) => postgres
        ? PostgresTrigger(name, when, $"""
            -- A member named twice (a couple's own link) counts twice, as SQLite's row-by-row upsert does.
                INSERT INTO couple_changes (player_id, version)
                    SELECT member, count(*) FROM couple_members WHERE player IN ({players}) GROUP BY member
                    ON CONFLICT (player_id) DO UPDATE SET version = couple_changes.version + excluded.version;
                PERFORM pg_notify('strengthquest_player_' || member, '') FROM (SELECT DISTINCT member FROM couple_members WHERE player IN ({players})) AS woken;
            """)
        : $"""
        CREATE TRIGGER {name} AFTER {when} BEGIN
            INSERT INTO couple_changes (player_id, version) SELECT member, 1 FROM couple_members WHERE player IN ({players})
            ON CONFLICT (player_id) DO UPDATE SET version = version + 1;
        END;

        """;

    /// <summary>PostgreSQL's form of a row trigger: a plpgsql function run after each row, which also wakes the games listening.</summary>
    private static string PostgresTrigger(string name, string when, string body) => $"""
        CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            {body}
            RETURN NULL;
        END
        $body$;
        CREATE TRIGGER {name} AFTER {when} FOR EACH ROW EXECUTE FUNCTION {name}();

        """;
}
