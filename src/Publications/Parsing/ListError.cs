namespace Publications.Parsing;

/// <summary>A problem with the list, pinned to a file and a 1-based line.</summary>
/// <param name="Path">The list file (or a name given to an in-memory list).</param>
/// <param name="Line">1-based line; 1 for problems with the whole file.</param>
/// <param name="Problem">What is wrong, in one sentence without a trailing period.</param>
public sealed record ListError(string Path, int Line, string Problem)
{
    /// <summary>The error as <c>path:line: problem</c>.</summary>
    public override string ToString() => $"{Path}:{Line}: {Problem}";
}

/// <summary>Thrown at start-up when a list cannot be used; carries every error found.</summary>
public sealed class ListLoadException : Exception
{
    /// <summary>Creates the exception from at least one error.</summary>
    public ListLoadException(IReadOnlyList<ListError> errors)
        : base(Summarise(errors))
    {
        Errors = errors;
    }

    /// <summary>Every error found, in line order; never empty.</summary>
    public IReadOnlyList<ListError> Errors { get; }

    /// <summary>The first error, plus "(and N more)" when there are others: one line, fit for stderr.</summary>
    public static string Summarise(IReadOnlyList<ListError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("At least one error is needed.", nameof(errors));
        }
        return errors.Count == 1 ? errors[0].ToString() : $"{errors[0]} (and {errors.Count - 1} more)";
    }
}
