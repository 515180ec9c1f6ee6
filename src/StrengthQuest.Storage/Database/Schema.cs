namespace StrengthQuest.Storage.Database;

/// <summary>The schema, one migration per version; PRAGMA user_version records how far a file has come.</summary>
internal static class Schema
{
    /// <summary>"SQGM" — marks a file as a StrengthQuest database.</summary>
    public const int ApplicationId = 0x5351474D;

    public static readonly string[] Migrations =
    [
        """
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
        """,
        """
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
        """,
        """
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
        """,
        """
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
        """
        + CoupleChanged("players_changed", "UPDATE ON players", "NEW.id")
        + CoupleChanged("couples_linked", "INSERT ON couples", "NEW.player_a, NEW.player_b")
        + CoupleChanged("couples_unlinked", "DELETE ON couples", "OLD.player_a, OLD.player_b")
        + CoupleChanged("sessions_added", "INSERT ON sessions", "NEW.player_id")
        + CoupleChanged("sessions_changed", "UPDATE ON sessions", "OLD.player_id, NEW.player_id")
        + CoupleChanged("sessions_removed", "DELETE ON sessions", "OLD.player_id")
        // Entries are written with their session, whose trigger already counts; one changed alone counts too.
        + CoupleChanged("entries_changed", "UPDATE ON entries", "SELECT player_id FROM sessions WHERE id IN (OLD.session_id, NEW.session_id)")
        + CoupleChanged("entries_removed", "DELETE ON entries", "SELECT player_id FROM sessions WHERE id = OLD.session_id")
        + CoupleChanged("nudges_sent", "INSERT ON nudges", "NEW.from_player, NEW.to_player")
        + """
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
        """
        + CoupleChanged("presence_entered", "INSERT ON presence", "NEW.player_id")
        + CoupleChanged("presence_left", "DELETE ON presence", "OLD.player_id"),
        """
        -- "Recent check-ins" reads each player's latest sessions by the time they were recorded.
        CREATE INDEX sessions_by_player_recorded ON sessions(player_id, recorded_at);
        """,
        """
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
        """
        + CoupleChanged("plans_set", "INSERT ON plans", "NEW.player_id")
        + CoupleChanged("plans_replaced", "DELETE ON plans", "OLD.player_id"),
        """
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

        """
        // A draft wakes only its own player's other games (the partner's shows nothing of it).
        + PlayerChanged("drafts_kept", "INSERT ON drafts", "NEW.player_id")
        + PlayerChanged("drafts_changed", "UPDATE ON drafts", "NEW.player_id")
        + PlayerChanged("drafts_dropped", "DELETE ON drafts", "OLD.player_id"),
        """
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
        """
        + CoupleChanged("board_joined", "INSERT ON board_members", "NEW.player_id")
        + CoupleChanged("board_left", "DELETE ON board_members", "OLD.player_id"),
    ];

    public static int CurrentVersion => Migrations.Length;

    /// <summary>A trigger moving the change counter of <paramref name="player"/> alone.</summary>
    private static string PlayerChanged(string name, string when, string player) => $"""
        CREATE TRIGGER {name} AFTER {when} BEGIN
            INSERT INTO couple_changes (player_id, version) SELECT {player}, 1 WHERE true
            ON CONFLICT (player_id) DO UPDATE SET version = version + 1;
        END;

        """;

    /// <summary>A trigger moving the change counter of the couples of <paramref name="players"/> (ids, or a query for them).</summary>
    private static string CoupleChanged(string name, string when, string players) => $"""
        CREATE TRIGGER {name} AFTER {when} BEGIN
            INSERT INTO couple_changes (player_id, version) SELECT member, 1 FROM couple_members WHERE player IN ({players})
            ON CONFLICT (player_id) DO UPDATE SET version = version + 1;
        END;

        """;
}
