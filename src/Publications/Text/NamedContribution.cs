namespace Publications.Text;

/// <summary>A contribution introduced by name: its headline (<c>IFT: Intuitive Fine-Tuning</c>) and its name (<c>IFT</c>).</summary>
internal sealed record Contribution(string Title, string Name);

/// <summary>
/// Headline rule 1: reads the named contribution from the clause after "we propose / introduce / present /
/// name / call". The name either opens the clause (<c>MARS2 (…)</c>, <c>Graph Counselor, an …</c>) or
/// follows a descriptive phrase as <c>Long Form (ACRONYM)</c> (<c>a mechanism, State Memory Replay (SMR)</c>).
/// </summary>
internal static class NamedContribution
{
    private const int MaxNameWords = 6;
    private const int AcronymWindowWords = 14;

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "our", "this", "these", "that", "those", "its", "their", "it", "we", "in", "to", "two", "three",
        "four", "several", "some", "novel", "new", "first",
    };

    private static readonly string[] NameFollowers = ["to ", "which ", "that "];
    private static readonly string[] Leads = ["i.e., ", "i.e. ", "namely ", "involving ", "short for ", "standing for "];

    /// <summary>The contribution named in <paramref name="clause"/> (the text after the verb, up to the sentence end), or null.</summary>
    public static Contribution? Read(string clause) => FromLeadingName(clause) ?? FromParenthesisedAcronym(clause);

    private static Contribution? FromLeadingName(string clause)
    {
        var nameEnd = LeadingNameEnd(clause);
        if (nameEnd <= 0)
        {
            return null;
        }
        var name = clause[..nameEnd];
        var rest = clause[nameEnd..].TrimStart();
        if (rest.Length > 0 && rest[0] is not '(' and not ',' && !NameFollowers.Any(f => rest.StartsWith(f, StringComparison.Ordinal)))
        {
            return null; // "we propose Mamba-based models": an adjective, not a name.
        }
        if (rest.StartsWith('(') && rest.IndexOf(')', StringComparison.Ordinal) is var close and > 0)
        {
            if (FromParenthesis(name, rest[1..close].Trim()) is { } named)
            {
                return named;
            }
            rest = rest[(close + 1)..].TrimStart();
        }
        return rest.StartsWith(',') ? FromApposition(name, rest[1..].TrimStart()) : new Contribution(name, name);
    }

    /// <summary>Where a run of capitalised words at the start ends (<c>Graph Counselor</c>, <c>MARS2</c>), or 0.</summary>
    private static int LeadingNameEnd(string clause)
    {
        int start = 0, end = 0;
        for (var words = 0; words < MaxNameWords && start < clause.Length; words++)
        {
            var wordEnd = clause.IndexOfAny([' ', ',', '(', ';', ':'], start);
            wordEnd = wordEnd < 0 ? clause.Length : wordEnd;
            if (!LooksLikeName(clause[start..wordEnd], words == 0))
            {
                break;
            }
            end = wordEnd;
            if (wordEnd >= clause.Length || clause[wordEnd] != ' ')
            {
                break;
            }
            start = wordEnd + 1;
        }
        return end;
    }

    private static bool LooksLikeName(string word, bool first) =>
        word.Length > 0
        && (char.IsUpper(word[0]) || char.IsDigit(word[0]) || word.Skip(1).Any(char.IsUpper))
        && word.All(c => char.IsLetterOrDigit(c) || c is '-' or '+' or '.' or '’' or '\'')
        && !(first && NotNames.Contains(word));

    /// <summary><c>Intuitive Fine-Tuning (IFT)</c> or <c>MARS2 (Multi-Agent Reinforced Tree-Search Scaling)</c>.</summary>
    private static Contribution? FromParenthesis(string name, string inner)
    {
        if (AcronymMatcher.IsAcronym(inner) && AcronymMatcher.MatchBackwards(inner, name) is var start and >= 0)
        {
            return new Contribution($"{inner}: {name[start..]}", inner);
        }
        if (AcronymMatcher.IsAcronym(name) && inner.Contains(' ', StringComparison.Ordinal) && AcronymMatcher.MatchBackwards(name, inner) == 0)
        {
            return new Contribution($"{name}: {inner}", name);
        }
        return null;
    }

    /// <summary><c>WIST, a Web-grounded Iterative Self-play Tree framework</c>, <c>CoGenesis, a collaborative … framework</c>.</summary>
    private static Contribution FromApposition(string name, string tail)
    {
        var stripped = StripLead(tail);
        if (AcronymMatcher.IsAcronym(name))
        {
            var words = stripped.Split(' ');
            var count = AcronymMatcher.MatchInitials(name, words);
            if (count > 0)
            {
                var expansion = string.Join(' ', words[..count]).TrimEnd(',', ';', ':');
                return new Contribution($"{name}: {expansion}", name);
            }
        }
        // DESIGN §2: without an expansion the headline is the name alone ("Graph Counselor"), not the description.
        return new Contribution(name, name);
    }

    private static string StripLead(string tail)
    {
        foreach (var lead in Leads)
        {
            if (tail.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
            {
                tail = tail[lead.Length..];
                break;
            }
        }
        var article = tail.IndexOf(' ', StringComparison.Ordinal);
        return StartsWithArticle(tail) && article > 0 ? tail[(article + 1)..] : tail;
    }

    private static bool StartsWithArticle(string text) =>
        text.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("an ", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("the ", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>an LLM-based multi-agent system, i.e., Virtual Scientists (VIRSCI)</c> → <c>VIRSCI: Virtual Scientists</c>.</summary>
    private static Contribution? FromParenthesisedAcronym(string clause)
    {
        for (var open = clause.IndexOf('(', StringComparison.Ordinal); open > 0; open = clause.IndexOf('(', open + 1))
        {
            var before = clause[..open].TrimEnd();
            if (before.Count(c => c == ' ') >= AcronymWindowWords || HasRelativeClause(before))
            {
                return null; // Too far from the verb to still be its object.
            }
            var close = clause.IndexOf(')', open);
            if (close < 0)
            {
                return null;
            }
            var inner = clause[(open + 1)..close].Trim();
            if (AcronymMatcher.IsAcronym(inner) && AcronymMatcher.MatchBackwards(inner, before) is var start and >= 0 && char.IsUpper(before[start]))
            {
                return new Contribution($"{inner}: {before[start..]}", inner);
            }
        }
        return null;
    }

    private static bool HasRelativeClause(string text) =>
        text.Contains(" which ", StringComparison.Ordinal) || text.Contains(" that ", StringComparison.Ordinal)
        || text.Contains(" where ", StringComparison.Ordinal);
}
