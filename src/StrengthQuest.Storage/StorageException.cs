namespace StrengthQuest.Storage;

/// <summary>The database cannot be used or written; the message is one sentence for the user.</summary>
public sealed class StorageException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>
    /// The connection was lost while the server committed: the write may have been saved or not,
    /// and only asking the server again can tell.
    /// </summary>
    public bool CommitInDoubt { get; init; }

    /// <summary>The database address itself is malformed (a usage error, not an unreachable server).</summary>
    public bool BadAddress { get; init; }
}

/// <summary>The catalog file is malformed; the message names the file and the fault.</summary>
public sealed class CatalogException(string message, Exception? inner = null) : Exception(message, inner);
