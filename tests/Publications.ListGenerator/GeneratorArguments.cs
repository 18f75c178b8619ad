using System.Globalization;

namespace Publications.ListGenerator;

/// <summary>Reads the command line: <c>--count N --out PATH [--seed S] [--from YEAR] [--to YEAR] [--owner NAME]</c>.</summary>
public static class GeneratorArguments
{
    /// <summary>One line of help, shown with any argument error.</summary>
    public const string Usage =
        "usage: Publications.ListGenerator --count N --out PATH|- [--seed 42] [--from 1975] [--to 2026] [--owner \"Synthetic Researcher\"]";

    /// <summary>The options and output path; throws <see cref="ArgumentException"/> naming the bad argument.</summary>
    public static (GeneratorOptions Options, string Output) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"expected '--name value', got '{args[i]}'");
            }
            values[args[i][2..]] = args[i + 1];
        }
        var defaults = new GeneratorOptions(0);
        var options = new GeneratorOptions(
            Count: Number(values, "count", null),
            Seed: Number(values, "seed", defaults.Seed),
            FirstYear: Number(values, "from", defaults.FirstYear),
            LastYear: Number(values, "to", defaults.LastYear),
            Owner: values.GetValueOrDefault("owner", defaults.Owner));
        options.Validate();
        var known = new[] { "count", "seed", "from", "to", "owner", "out" };
        if (values.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
        {
            throw new ArgumentException($"unknown option '--{unknown}'");
        }
        return (options, values.GetValueOrDefault("out") ?? throw new ArgumentException("--out is required"));
    }

    private static int Number(Dictionary<string, string> values, string name, int? fallback)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback ?? throw new ArgumentException($"--{name} is required");
        }
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"--{name} must be a whole number, got '{text}'");
    }
}
