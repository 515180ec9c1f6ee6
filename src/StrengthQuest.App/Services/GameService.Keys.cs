using StrengthQuest.Core;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Doors;

namespace StrengthQuest.Services;

/// <summary>What a new key asks for at sign-up: the player, their plan, and a partner's invite code if they have one.</summary>
public sealed record SignUpRequest(NewPlayer Player, TrainingPlan Plan, string? InviteCode = null);

/// <summary>A code just made: show it, and when it stops working.</summary>
public sealed record IssuedCode(string Code, DateTimeOffset ExpiresAt)
{
    public string Shown => Core.Rules.Doors.AccessCode.Show(Code);
}

/// <summary>
/// Players by key (a host where any SSH key signs up): who a key plays as, signing up, adding a
/// device with a code, listing and removing keys. The key in use comes from the server's forced
/// command, never from what a client typed.
/// </summary>
public sealed partial class GameService
{
    /// <summary>The player the key belongs to (noting that it was used), or null for a key new here.</summary>
    public Player? KeyOwner(string fingerprint) => KeyOwner(Database, Time, fingerprint);

    /// <summary>The same, on a database opened for nothing else (a client's command over SSH, before the verb runs).</summary>
    public static Player? KeyOwner(GameDatabase database, TimeProvider time, string fingerprint)
    {
        Player? owner = database.Read(store => store.Keys.Owner(fingerprint));
        if (owner is not null)
        {
            // Best effort: "last used" may lag on a busy or read-only database.
            database.TryWrite(store => store.Keys.Used(fingerprint, time.GetUtcNow()));
        }

        return owner;
    }

    /// <summary>Why a new key cannot sign up here now (the host is full), or null.</summary>
    public string? SignUpClosed(int? maxPlayers) =>
        maxPlayers is { } max && Database.Read(store => store.Players.Count()) >= max ? HostFull(max) : null;

    /// <summary>
    /// A new key becomes a new player, in one transaction: the player, their plan, the key, and —
    /// with a partner's invite code — the couple. A wrong code creates nothing (it counts as a wrong try).
    /// </summary>
    public Player SignUp(string fingerprint, SignUpRequest request, int? maxPlayers)
    {
        NewPlayer me = Checked(request.Player);
        string? invite = string.IsNullOrWhiteSpace(request.InviteCode) ? null : request.InviteCode;
        (Player? player, string? problem) = Database.Write(store =>
        {
            DateTimeOffset now = Time.GetUtcNow();
            if (store.Keys.Owner(fingerprint) is { } owner)
            {
                throw new GameDataException($"This key already plays as {owner.Handle}.");
            }

            if (maxPlayers is { } max && store.Players.Count() >= max)
            {
                throw new GameDataException(HostFull(max));
            }

            if (store.Players.Find(me.Handle) is not null)
            {
                throw new GameDataException($"The handle {me.Handle} is taken on this host; choose another.");
            }

            StoredCode? code = null;
            if (invite is not null)
            {
                code = CodeCheck.Find(store, CodeStore.Who(fingerprint), newKey: true, invite, CodeKind.Invite, now, Catalog.Rules.Host, out string? wrong);
                if (code is null)
                {
                    return ((Player?)null, wrong);
                }

                if (store.Players.PartnerOf(code.Owner) is { } taken)
                {
                    throw new GameDataException($"{Core.Text.SafeText.Strip(code.Owner.Name)} is already linked with {Core.Text.SafeText.Strip(taken.Name)}; that invite no longer works.");
                }
            }

            Player added = store.Players.Add(me.Handle, me.Name, me.TimeZone!, me.DayStart!.Value, now);
            store.Training.SetPlan(added, DateOnly.MinValue, request.Plan);
            store.Keys.Add(added, fingerprint, now);
            if (code is not null)
            {
                store.Players.Link(added, code.Owner, now);
                store.Codes.Use(code.Code, now);
            }

            return (added, (string?)null);
        });
        return player ?? throw new GameDataException(problem!);
    }

    /// <summary>A new key joins a player who already plays, with a device code from <c>keys code</c>.</summary>
    public Player AddDevice(string fingerprint, string typed)
    {
        (Player? player, string? problem) = Database.Write(store =>
        {
            DateTimeOffset now = Time.GetUtcNow();
            if (store.Keys.Owner(fingerprint) is { } owner)
            {
                throw new GameDataException($"This key already plays as {owner.Handle}.");
            }

            StoredCode? code = CodeCheck.Find(store, CodeStore.Who(fingerprint), newKey: true, typed, CodeKind.Device, now, Catalog.Rules.Host, out string? wrong);
            if (code is null)
            {
                return ((Player?)null, wrong);
            }

            store.Keys.Add(code.Owner, fingerprint, now);
            store.Codes.Use(code.Code, now);
            return (code.Owner, (string?)null);
        });
        return player ?? throw new GameDataException(problem!);
    }

    /// <summary>A one-time code, valid for minutes, that lets a new key of the player's join at sign-up.</summary>
    public IssuedCode DeviceCode(string handle) => Database.Write(store =>
    {
        Player me = Require(store, handle);
        DateTimeOffset now = Time.GetUtcNow();
        DateTimeOffset expires = now.AddMinutes(Catalog.Rules.Host.DeviceCodeValidMinutes);
        string code = CodeCheck.New(store, Catalog.Rules.Host);
        store.Codes.Create(me, CodeKind.Device, code, now, expires);
        return new IssuedCode(code, expires);
    });

    public IReadOnlyList<PlayerKey> Keys(string handle) => Database.Read(store => store.Keys.Of(Require(store, handle)));

    /// <summary>Removes one of the player's keys — never <paramref name="inUse"/>, the key this session came in with.</summary>
    public void RemoveKey(string handle, string fingerprint, string? inUse)
    {
        if (fingerprint == inUse)
        {
            throw new GameDataException("That is the key you are using now; remove it from another device, or ask the host's operator.");
        }

        Database.Write(store =>
        {
            Player me = Require(store, handle);
            return store.Keys.Remove(me, fingerprint)
                ? 0
                : throw new GameDataException($"{me.Handle} has no key {Shown(fingerprint)}; see their keys with: strengthquest keys --player {me.Handle}.");
        });
    }

    /// <summary>The operator adds a key to a player (e.g. one who played before keys could sign up).</summary>
    public void AddKey(string handle, string fingerprint) => Database.Write(store =>
    {
        Player me = Require(store, handle);
        if (store.Keys.Owner(fingerprint) is { } owner)
        {
            throw new GameDataException(owner.Id == me.Id ? $"{me.Handle} has this key already." : $"This key already plays as {owner.Handle}.");
        }

        store.Keys.Add(me, fingerprint, Time.GetUtcNow());
        return 0;
    });

    private static string HostFull(int max) =>
        $"Sign-ups are closed: this host takes {max} {(max == 1 ? "player" : "players")} at most; ask its operator.";

    private static string Shown(string fingerprint) => Core.Text.SafeText.Strip(fingerprint.Length > 60 ? fingerprint[..60] + "…" : fingerprint);
}
