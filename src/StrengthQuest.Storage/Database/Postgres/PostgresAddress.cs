using Npgsql;

namespace StrengthQuest.Storage.Database.Postgres;

/// <summary>
/// A PostgreSQL address as libpq writes it, postgresql://USER[:PASSWORD]@HOST[:PORT][,...]/DBNAME?param=value,
/// turned into Npgsql's connection settings. Shown to people with the password left out.
/// </summary>
internal static class PostgresAddress
{
    private static readonly string[] Schemes = ["postgresql://", "postgres://"];

    /// <summary>libpq's query parameters and Npgsql's names for them.</summary>
    private static readonly Dictionary<string, string> Parameters = new(StringComparer.Ordinal)
    {
        ["host"] = "Host",
        ["hostaddr"] = "Host",
        ["port"] = "Port",
        ["dbname"] = "Database",
        ["user"] = "Username",
        ["password"] = "Password",
        ["passfile"] = "Passfile",
        ["sslmode"] = "SSL Mode",
        ["sslrootcert"] = "Root Certificate",
        ["sslcert"] = "SSL Certificate",
        ["sslkey"] = "SSL Key",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
        ["target_session_attrs"] = "Target Session Attributes",
        ["options"] = "Options",
        ["keepalives_idle"] = "Keepalive",
    };

    public static bool Is(string text) => Schemes.Any(s => text.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>The address without its password (user:PASSWORD@, or a password= parameter), for messages.</summary>
    public static string Display(string uri)
    {
        // Strings are cut by hand here, not by Regex: this runs first thing in every command on PostgreSQL.
        string text = uri;
        int start = text.IndexOf("://", StringComparison.Ordinal) is int scheme and >= 0 ? scheme + 3 : 0;
        int end = text.IndexOfAny(['/', '?'], start) is int stop and >= 0 ? stop : text.Length;
        // The last @ ends the user part, as Parse reads it.
        if (end > start && text.LastIndexOf('@', end - 1, end - start) is int at and >= 0 && text.IndexOf(':', start, at - start) is int colon and >= 0)
        {
            text = text[..colon] + text[at..];
        }

        if (text.IndexOf('?', StringComparison.Ordinal) is not (int query and >= 0))
        {
            return text;
        }

        string[] parameters = text[(query + 1)..].Split('&');
        string[] kept = [.. parameters.Where(p => !IsPassword(p))];
        if (kept.Length == parameters.Length)
        {
            return text;
        }

        kept = [.. kept.Where(p => p.Length > 0)];
        return kept.Length > 0 ? $"{text[..query]}?{string.Join('&', kept)}" : text[..query];
    }

    /// <summary>A password=… parameter, however its name is written (Parse would refuse another case, quoting the address).</summary>
    private static bool IsPassword(string parameter)
    {
        // Decoded (pass%77ord), and an encoded = (password%3D…) ends the name too: what follows it is the password.
        string name = Uri.UnescapeDataString(parameter.Split('=')[0]);
        return name.Split('=')[0].Equals("password", StringComparison.OrdinalIgnoreCase);
    }

    public static NpgsqlConnectionStringBuilder Parse(string uri)
    {
        string display = Display(uri);
        string rest = uri[Schemes.First(s => uri.StartsWith(s, StringComparison.OrdinalIgnoreCase)).Length..];
        NpgsqlConnectionStringBuilder settings = new() { ApplicationName = "strengthquest" };

        string query = "";
        if (rest.IndexOf('?', StringComparison.Ordinal) is int q and >= 0)
        {
            query = rest[(q + 1)..];
            rest = rest[..q];
        }

        string hosts = rest;
        if (rest.IndexOf('/', StringComparison.Ordinal) is int slash and >= 0)
        {
            hosts = rest[..slash];
            if (rest[(slash + 1)..] is { Length: > 0 } database)
            {
                settings.Database = Decode(database, display);
            }
        }

        if (hosts.LastIndexOf('@') is int at and >= 0)
        {
            string user = hosts[..at];
            hosts = hosts[(at + 1)..];
            if (user.IndexOf(':', StringComparison.Ordinal) is int colon and >= 0)
            {
                settings.Password = Decode(user[(colon + 1)..], display);
                user = user[..colon];
            }

            if (user.Length > 0)
            {
                settings.Username = Decode(user, display);
            }
        }

        if (hosts.Length > 0)
        {
            // host:port, or several (h1:5432,h2:5432), as Npgsql's Host takes them. Checked now: a
            // host= parameter may replace them, and a bad port is a bad address all the same.
            settings.Host = Decode(hosts, display);
            CheckPorts(settings.Host, display);
        }

        foreach (string pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            string name = Decode(equals < 0 ? pair : pair[..equals], display);
            string value = equals < 0 ? "" : Decode(pair[(equals + 1)..], display);
            if (!Parameters.TryGetValue(name, out string? keyword))
            {
                throw Bad($"The PostgreSQL address {display} has a parameter this game does not know: {name.Split('=')[0]}.");
            }

            try
            {
                settings[keyword] = keyword == "SSL Mode" ? SslMode(value, display) : value;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
            {
                throw Bad($"The PostgreSQL address {display} has a bad value for {name}: {value}.", e);
            }
        }

        if (settings.Port is < 1 or > 65535)
        {
            throw Bad($"The PostgreSQL address {display} has a bad port: {settings.Port}.");
        }

        if (settings.Host?.Count(c => c == '[') != settings.Host?.Count(c => c == ']'))
        {
            throw Bad($"The PostgreSQL address {display} has an unclosed [ in its host.");
        }

        CheckPorts(settings.Host, display);

        // libpq's default: the local server's socket folder, else this host over TCP.
        settings.Host ??= Environment.GetEnvironmentVariable("PGHOST") is { Length: > 0 } pgHost ? pgHost
            : Directory.Exists("/var/run/postgresql") ? "/var/run/postgresql" : "localhost";
        return settings;
    }

    /// <summary>Refuses a host:port (or [v6]:port) whose port is not 1–65535; a unix socket folder has no port of its own.</summary>
    private static void CheckPorts(string? hosts, string display)
    {
        foreach (string host in (hosts ?? "").Split(','))
        {
            int portAt = host.StartsWith('[') ? host.IndexOf("]:", StringComparison.Ordinal) + 1 : host.StartsWith('/') ? -1 : host.LastIndexOf(':');
            if (portAt > 0 && !(int.TryParse(host[(portAt + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int port) && port is >= 1 and <= 65535))
            {
                throw Bad($"The PostgreSQL address {display} has a bad port: {host[(portAt + 1)..]}.");
            }
        }
    }

    private static string SslMode(string value, string display) => value switch
    {
        "disable" => "Disable",
        "allow" => "Allow",
        "prefer" => "Prefer",
        "require" => "Require",
        "verify-ca" => "VerifyCA",
        "verify-full" => "VerifyFull",
        _ => throw Bad($"The PostgreSQL address {display} has a bad sslmode: {value}."),
    };

    /// <summary>One part of the address, %-decoded; a control character (%00, a line break) in it is refused, not trimmed away.</summary>
    private static string Decode(string text, string display)
    {
        for (int i = text.IndexOf('%', StringComparison.Ordinal); i >= 0; i = text.IndexOf('%', i + 1))
        {
            // As libpq: a % starts two hex digits, or the address is malformed (not taken literally).
            if (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2]))
            {
                throw Bad($"The PostgreSQL address {display} has a % that is not followed by two hex digits.");
            }
        }

        string decoded = Uri.UnescapeDataString(text);
        return Core.Text.SafeText.HasControl(decoded)
            ? throw Bad($"The PostgreSQL address {Core.Text.SafeText.Strip(display)} has a control character in it.")
            : decoded;
    }

    private static StorageException Bad(string message, Exception? inner = null) => new(message, inner) { BadAddress = true };
}
