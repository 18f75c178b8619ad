using System.Text;

namespace Publications.ListGenerator;

/// <summary>
/// The name of a paper's contribution, e.g. "Multi-Agent Reinforced Tree-Search" with acronym "MARTS".
/// <see cref="Markdown"/> sometimes bolds the initials ("**M**ulti-**A**gent …") as real abstracts do.
/// </summary>
internal sealed record PaperName(string Words, string Acronym, string Markdown)
{
    public static PaperName Create(Random random)
    {
        var count = random.Next(2, 5);
        var words = new List<string>(count);
        while (words.Count < count)
        {
            var word = Pick.One(random, Vocabulary.NameWords);
            if (!words.Contains(word))
            {
                words.Add(word);
            }
        }
        var acronym = InitialsOf(words) + Suffix(random);
        var plain = string.Join(' ', words);
        var markdown = random.Next(100) < 15 ? BoldInitials(words) : plain;
        return new PaperName(plain, acronym, markdown);
    }

    /// <summary>A lowercase, hyphenated form for repository names.</summary>
    public string RepositoryName => Acronym.ToLowerInvariant();

    private static string InitialsOf(IEnumerable<string> words) =>
        string.Concat(words.SelectMany(w => w.Split('-')).Select(part => char.ToUpperInvariant(part[0])));

    private static string Suffix(Random random) => random.Next(100) switch
    {
        < 8 => "2",
        < 14 => "-VL",
        < 18 => "-Agent",
        _ => "",
    };

    /// <summary>"**M**ulti-**A**gent **R**einforced": each part's first letter in bold.</summary>
    private static string BoldInitials(IEnumerable<string> words)
    {
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            builder.AppendJoin('-', word.Split('-').Select(part => $"**{part[0]}**{part[1..]}"));
        }
        return builder.ToString();
    }
}

/// <summary>Random choices, in one place so every draw comes from the caller's seeded stream.</summary>
internal static class Pick
{
    public static T One<T>(Random random, T[] items) => items[random.Next(items.Length)];

    /// <summary>A phrase plausible in <paramref name="year"/>; the oldest phrase when none is (never happens with the shipped lists).</summary>
    public static string Dated(Random random, DatedPhrase[] phrases, int year)
    {
        var eligible = phrases.Count(p => p.Since <= year);
        if (eligible == 0)
        {
            return phrases.MinBy(p => p.Since).Text;
        }
        var chosen = random.Next(eligible);
        foreach (var phrase in phrases)
        {
            if (phrase.Since <= year && chosen-- == 0)
            {
                return phrase.Text;
            }
        }
        throw new InvalidOperationException("unreachable: chosen < eligible");
    }

    public static bool Chance(Random random, int percent) => random.Next(100) < percent;
}
