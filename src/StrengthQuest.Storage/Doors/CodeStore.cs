using Dapper;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Storage.Doors;

/// <summary>What a code is for: forming a couple, or adding a key to a player.</summary>
public enum CodeKind
{
    Invite,
    Device,
}

/// <summary>A code as stored: whose it is, until when it works, and whether it was used.</summary>
public sealed record StoredCode(string Code, CodeKind Kind, Player Owner, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt);

/// <summary>Invite and device codes, and the wrong codes tried (to slow guessing down).</summary>
public sealed class CodeStore
{
    private readonly StoreContext _context;

    internal CodeStore(StoreContext context) => _context = context;

    /// <summary>
    /// Stores a new code. The player's earlier unused code of the same kind stops working (one
    /// code out at a time), and codes long expired are cleared away.
    /// </summary>
    public void Create(Player owner, CodeKind kind, string code, DateTimeOffset at, DateTimeOffset expiresAt)
    {
        var args = new { id = owner.Id, kind = Name(kind), code, at = Timestamps.Format(at), expires = Timestamps.Format(expiresAt) };
        _context.Connection.Execute("DELETE FROM access_codes WHERE (player_id = @id AND kind = @kind AND used_at IS NULL) OR expires_at < @at", args, _context.Transaction);
        _context.Connection.Execute(
            "INSERT INTO access_codes (code, kind, player_id, created_at, expires_at) VALUES (@code, @kind, @id, @at, @expires)", args, _context.Transaction);
    }

    public bool Exists(string code) =>
        _context.Connection.ExecuteScalar<long>("SELECT count(*) FROM access_codes WHERE code = @code", new { code }, _context.Transaction) > 0;

    public StoredCode? Find(string code)
    {
        CodeRow? row = _context.Connection.QueryFirstOrDefault<CodeRow>(
            "SELECT code AS Code, kind AS Kind, player_id AS PlayerId, expires_at AS ExpiresAt, used_at AS UsedAt FROM access_codes WHERE code = @code",
            new { code },
            _context.Transaction);
        return row is null ? null : ToCode(row);
    }

    /// <summary>The player's code of this kind that still works at <paramref name="at"/>, if any.</summary>
    public StoredCode? Pending(Player owner, CodeKind kind, DateTimeOffset at)
    {
        CodeRow? row = _context.Connection.QueryFirstOrDefault<CodeRow>(
            """
            SELECT code AS Code, kind AS Kind, player_id AS PlayerId, expires_at AS ExpiresAt, used_at AS UsedAt FROM access_codes
            WHERE player_id = @id AND kind = @kind AND used_at IS NULL AND expires_at > @at ORDER BY created_at DESC LIMIT 1
            """,
            new { id = owner.Id, kind = Name(kind), at = Timestamps.Format(at) },
            _context.Transaction);
        return row is null ? null : ToCode(row);
    }

    public void Use(string code, DateTimeOffset at) =>
        _context.Connection.Execute("UPDATE access_codes SET used_at = @at WHERE code = @code", new { code, at = Timestamps.Format(at) }, _context.Transaction);

    /// <summary>Records a wrong code tried by <paramref name="who"/>; tries older than <paramref name="forgetBefore"/> are cleared away.</summary>
    public void Wrong(string who, DateTimeOffset at, DateTimeOffset forgetBefore)
    {
        _context.Connection.Execute("DELETE FROM wrong_codes WHERE tried_at < @before", new { before = Timestamps.Format(forgetBefore) }, _context.Transaction);
        _context.Connection.Execute("INSERT INTO wrong_codes (who, tried_at) VALUES (@who, @at)", new { who, at = Timestamps.Format(at) }, _context.Transaction);
    }

    /// <summary>Who tried a code: a player, or a key that has no player yet.</summary>
    public static string Who(Player player) => $"player:{player.Id}";

    public static string Who(string fingerprint) => $"key:{fingerprint}";

    /// <summary>When <paramref name="who"/> tried wrong codes, since an instant.</summary>
    public IReadOnlyList<DateTimeOffset> WrongSince(string who, DateTimeOffset since) =>
        Times("SELECT tried_at FROM wrong_codes WHERE who = @who AND tried_at >= @since", who, since);

    /// <summary>When keys without a player (all of them together) tried wrong codes, since an instant.</summary>
    public IReadOnlyList<DateTimeOffset> WrongFromNewKeysSince(DateTimeOffset since) =>
        Times("SELECT tried_at FROM wrong_codes WHERE who LIKE 'key:%' AND tried_at >= @since", "", since);

    private IReadOnlyList<DateTimeOffset> Times(string sql, string who, DateTimeOffset since) =>
        [.. _context.Connection.Query<string>(sql, new { who, since = Timestamps.Format(since) }, _context.Transaction).Select(Timestamps.ParseInstant)];

    private StoredCode ToCode(CodeRow row)
    {
        Player owner = _context.Players.ById(row.PlayerId);
        return new StoredCode(
            row.Code,
            row.Kind == Name(CodeKind.Invite) ? CodeKind.Invite : CodeKind.Device,
            owner,
            Timestamps.ParseInstant(row.ExpiresAt),
            row.UsedAt is { } used ? Timestamps.ParseInstant(used) : null);
    }

    private static string Name(CodeKind kind) => kind == CodeKind.Invite ? "invite" : "device";

    internal sealed class CodeRow
    {
        public string Code { get; set; } = "";

        public string Kind { get; set; } = "";

        public long PlayerId { get; set; }

        public string ExpiresAt { get; set; } = "";

        public string? UsedAt { get; set; }
    }
}
