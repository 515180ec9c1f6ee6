using System.Text.Json;
using StrengthQuest.Core.Catalog;

namespace StrengthQuest.Storage.Catalog;

/// <summary>
/// Reads the catalog built into the binary in one pass of <see cref="Utf8JsonReader"/>, without
/// the serializer: setting up System.Text.Json's metadata for the catalog's types cost every command
/// ~5 % of a check-in. It knows every field of the shipped file and refuses any other, so a field
/// added to data/catalog.json without a line here fails at once (a test also holds it to the
/// serializer's reading). Files given with --catalog still go through the serializer, which names
/// faults precisely.
/// </summary>
internal static class BuiltInCatalogReader
{
    public static CatalogDocument Read(byte[] json)
    {
        Utf8JsonReader reader = new(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        CatalogDocument document = new();
        Object(ref reader, (ref Utf8JsonReader r, string name) =>
        {
            switch (name)
            {
                case "version": document.Version = r.GetInt32(); break;
                case "rules": document.Rules = Rules(ref r); break;
                case "ladders": document.Ladders = List(ref r, Ladder); break;
                case "evidence": document.Evidence = List(ref r, Text); break;
                case "painGuide": document.PainGuide = PainGuide(ref r); break;
                case "bosses": document.Bosses = List(ref r, Boss); break;
                default: throw Unknown(name);
            }
        });
        return document;
    }

    private delegate void Field(ref Utf8JsonReader reader, string name);

    private delegate T Item<T>(ref Utf8JsonReader reader);

    /// <summary>Reads an object from before its start: each property's name, with the reader on its value.</summary>
    private static void Object(ref Utf8JsonReader reader, Field field)
    {
        Next(ref reader);
        Expect(ref reader, JsonTokenType.StartObject);
        Properties(ref reader, field);
    }

    private static List<T> List<T>(ref Utf8JsonReader reader, Item<T> item)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        List<T> items = [];
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return items;
            }

            items.Add(item(ref reader));
        }
    }

    private static string Text(ref Utf8JsonReader reader) => reader.GetString() ?? throw Fault("a text is null");

    private static LadderDocument Ladder(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        LadderDocument ladder = new();
        Properties(ref reader, (ref Utf8JsonReader r, string name) =>
        {
            switch (name)
            {
                case "id": ladder.Id = r.GetString(); break;
                case "name": ladder.Name = r.GetString(); break;
                case "area": ladder.Area = r.GetString(); break;
                case "questAreas": ladder.QuestAreas = List(ref r, Text); break;
                case "levels": ladder.Levels = List(ref r, Level); break;
                case "safety": ladder.Safety = r.GetString(); break;
                default: throw Unknown("ladders." + name);
            }
        });
        return ladder;
    }

    private static LevelDocument Level(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        LevelDocument level = new();
        Properties(ref reader, (ref Utf8JsonReader r, string name) =>
        {
            switch (name)
            {
                case "name": level.Name = r.GetString(); break;
                case "measure": level.Measure = r.GetString(); break;
                case "sets": level.Sets = r.GetInt32(); break;
                case "amount": level.Amount = r.GetInt32(); break;
                case "cues": level.Cues = List(ref r, Text); break;
                default: throw Unknown("levels." + name);
            }
        });
        return level;
    }

    private static Boss Boss(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        string name = "", flavour = "";
        Properties(ref reader, (ref Utf8JsonReader r, string field) =>
        {
            switch (field)
            {
                case "name": name = Text(ref r); break;
                case "flavour": flavour = Text(ref r); break;
                default: throw Unknown("bosses." + field);
            }
        });
        return new Boss(name, flavour);
    }

    private static PainGuide PainGuide(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        string safe = "", acceptable = "", stop = "", clinician = "";
        Properties(ref reader, (ref Utf8JsonReader r, string field) =>
        {
            switch (field)
            {
                case "safe": safe = Text(ref r); break;
                case "acceptable": acceptable = Text(ref r); break;
                case "stop": stop = Text(ref r); break;
                case "clinician": clinician = Text(ref r); break;
                default: throw Unknown("painGuide." + field);
            }
        });
        return new PainGuide(safe, acceptable, stop, clinician);
    }

    private static GameRules Rules(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        GameRules rules = new();
        Properties(ref reader, (ref Utf8JsonReader r, string name) =>
        {
            rules = name switch
            {
                "levelCurve" => rules with { LevelCurve = LevelCurve(ref r) },
                "quest" => rules with { Quest = Quest(ref r) },
                "host" => rules with { Host = Host(ref r) },
                "defaultPlan" => rules with { DefaultPlan = Text(ref r) },
                _ => WithNumber(rules, name, r.GetInt32()),
            };
        });
        return rules;
    }

    private static GameRules WithNumber(GameRules rules, string name, int value) => name switch
    {
        "entryXpPerLevel" => rules with { EntryXpPerLevel = value },
        "multiLadderBonusXp" => rules with { MultiLadderBonusXp = value },
        "multiLadderMinimum" => rules with { MultiLadderMinimum = value },
        "streakBonusCapDays" => rules with { StreakBonusCapDays = value },
        "coopBonusPercent" => rules with { CoopBonusPercent = value },
        "xpSessionsPerDay" => rules with { XpSessionsPerDay = value },
        "backfillDays" => rules with { BackfillDays = value },
        "defaultDayStartHour" => rules with { DefaultDayStartHour = value },
        "freezeEveryDays" => rules with { FreezeEveryDays = value },
        "maxFreezes" => rules with { MaxFreezes = value },
        "protectedDaysPerWindow" => rules with { ProtectedDaysPerWindow = value },
        "protectedWindowDays" => rules with { ProtectedWindowDays = value },
        "restDayMinPain" => rules with { RestDayMinPain = value },
        "qualifyingSessionsToUnlock" => rules with { QualifyingSessionsToUnlock = value },
        "qualifyingMaxPain" => rules with { QualifyingMaxPain = value },
        "coolDownPain" => rules with { CoolDownPain = value },
        "coolDownRecoveryEntries" => rules with { CoolDownRecoveryEntries = value },
        "risingPainEntries" => rules with { RisingPainEntries = value },
        "noteMaxLength" => rules with { NoteMaxLength = value },
        "nudgeEveryMinutes" => rules with { NudgeEveryMinutes = value },
        "nudgeShowsHours" => rules with { NudgeShowsHours = value },
        "carriesPerWeek" => rules with { CarriesPerWeek = value },
        "bossMinHp" => rules with { BossMinHp = value },
        "bossHpPercent" => rules with { BossHpPercent = value },
        "bossWeeksAveraged" => rules with { BossWeeksAveraged = value },
        "bossHpRoundTo" => rules with { BossHpRoundTo = value },
        "confirmSetOverTargetTimes" => rules with { ConfirmSetOverTargetTimes = value },
        _ => throw Unknown("rules." + name),
    };

    private static LevelCurveRules LevelCurve(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        LevelCurveRules curve = new();
        Properties(ref reader, (ref Utf8JsonReader r, string name) =>
        {
            curve = name switch
            {
                "linearXpPerLevel" => curve with { LinearXpPerLevel = r.GetInt32() },
                "linearBelowLevel" => curve with { LinearBelowLevel = r.GetInt32() },
                "xpAtLevelFive" => curve with { XpAtLevelFive = r.GetInt32() },
                "quadraticA" => curve with { QuadraticA = r.GetDouble() },
                "quadraticB" => curve with { QuadraticB = r.GetDouble() },
                "quadraticC" => curve with { QuadraticC = r.GetDouble() },
                "roundTo" => curve with { RoundTo = r.GetInt32() },
                _ => throw Unknown("rules.levelCurve." + name),
            };
        });
        return curve;
    }

    private static QuestRules Quest(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        QuestRules quest = new();
        Properties(ref reader, (ref Utf8JsonReader r, string name) =>
        {
            quest = name switch
            {
                "minLadders" => quest with { MinLadders = r.GetInt32() },
                "maxLadders" => quest with { MaxLadders = r.GetInt32() },
                "minMinutes" => quest with { MinMinutes = r.GetInt32() },
                "maxMinutes" => quest with { MaxMinutes = r.GetInt32() },
                "warmUpLadder" => quest with { WarmUpLadder = Text(ref r) },
                "areas" => quest with { Areas = List(ref r, Text) },
                "secondsPerRep" => quest with { SecondsPerRep = r.GetInt32() },
                "restSecondsBetweenSets" => quest with { RestSecondsBetweenSets = r.GetInt32() },
                "setupSeconds" => quest with { SetupSeconds = r.GetInt32() },
                "metresPerMinute" => quest with { MetresPerMinute = r.GetInt32() },
                "mobilityGroups" => quest with { MobilityGroups = List(ref r, (ref Utf8JsonReader g) => (IReadOnlyList<string>)List(ref g, Text)) },
                "mobilityMinLadders" => quest with { MobilityMinLadders = r.GetInt32() },
                "mobilityMaxMinutes" => quest with { MobilityMaxMinutes = r.GetInt32() },
                _ => throw Unknown("rules.quest." + name),
            };
        });
        return quest;
    }

    private static HostRules Host(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        HostRules host = new();
        Properties(ref reader, (ref Utf8JsonReader r, string name) =>
        {
            int value = r.GetInt32();
            host = name switch
            {
                "codeLength" => host with { CodeLength = value },
                "inviteValidHours" => host with { InviteValidHours = value },
                "deviceCodeValidMinutes" => host with { DeviceCodeValidMinutes = value },
                "wrongCodesAllowed" => host with { WrongCodesAllowed = value },
                "wrongCodesWindowSeconds" => host with { WrongCodesWindowSeconds = value },
                "wrongCodesFromNewKeysAllowed" => host with { WrongCodesFromNewKeysAllowed = value },
                _ => throw Unknown("rules.host." + name),
            };
        });
        return host;
    }

    /// <summary>The properties of the object the reader stands at the start of.</summary>
    private static void Properties(ref Utf8JsonReader reader, Field field)
    {
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return;
            }

            string name = reader.GetString()!;
            Next(ref reader);
            field(ref reader, name);
        }
    }

    private static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw Fault("it ends too soon");
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw Fault($"a {type} was expected, not {reader.TokenType}");
        }
    }

    private static CatalogException Unknown(string field) => Fault($"\"{field}\" is a field the built-in reader does not know");

    private static CatalogException Fault(string what) => new($"The built-in catalog cannot be read: {what}.");
}
