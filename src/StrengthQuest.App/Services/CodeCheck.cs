using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Rules.Doors;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Doors;

namespace StrengthQuest.Services;

/// <summary>
/// A code typed by someone, checked inside the transaction that uses it: not guessed too fast,
/// of the right kind, unused and unexpired. A failure is recorded as a wrong try (in the same
/// transaction, which commits nothing else) and named in one sentence.
/// </summary>
internal static class CodeCheck
{
    public static string Noun(CodeKind kind) => kind == CodeKind.Invite ? "invite code" : "device code";

    /// <summary>The code, or null with why; <paramref name="newKey"/> when the one trying is a key without a player.</summary>
    public static StoredCode? Find(StoreContext store, string who, bool newKey, string typed, CodeKind kind, DateTimeOffset now, HostRules rules, out string? problem)
    {
        TimeSpan window = TimeSpan.FromSeconds(rules.WrongCodesWindowSeconds);
        problem = CodeTries.Problem(store.Codes.WrongSince(who, now - window), rules.WrongCodesAllowed, now, rules)
            ?? (newKey ? CodeTries.Problem(store.Codes.WrongFromNewKeysSince(now - window), rules.WrongCodesFromNewKeysAllowed, now, rules) : null);
        if (problem is not null)
        {
            return null;
        }

        StoredCode? code = AccessCode.Normalize(typed, rules.CodeLength) is { } normal ? store.Codes.Find(normal) : null;
        problem = code is null || code.Kind != kind ? $"That is not a valid {Noun(kind)}: check it, or ask for a new one."
            : code.UsedAt is not null ? $"That {Noun(kind)} was already used; ask for a new one."
            : code.ExpiresAt <= now ? $"That {Noun(kind)} has expired; ask for a new one."
            : null;
        if (problem is not null)
        {
            store.Codes.Wrong(who, now, now - window);
            return null;
        }

        return code;
    }

    /// <summary>A fresh code nobody holds, from a cryptographic source.</summary>
    public static string New(StoreContext store, HostRules rules)
    {
        while (true)
        {
            string code = System.Security.Cryptography.RandomNumberGenerator.GetString(AccessCode.Alphabet, rules.CodeLength);
            if (!store.Codes.Exists(code))
            {
                return code;
            }
        }
    }
}
