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
        -- "Recent check-ins" reads each player's latest sessions by the time they were recorded.
        CREATE INDEX sessions_by_player_recorded ON sessions(player_id, recorded_at);
        """,
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
        """,
    ];

    public static int CurrentVersion => Migrations.Length;
}
