using System.Text;
using System.Text.RegularExpressions;

namespace Publications.Text;

/// <summary>Shapes headline text: whitespace, parenthetical asides, capitalisation and the ~90-character cut.</summary>
internal static partial class HeadlineText
{
    /// <summary>The longest headline, ellipsis included.</summary>
    public const int MaxLength = 90;

    private static readonly HashSet<string> WeakEndings = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "for", "and", "or", "with", "in", "on", "by", "from", "at", "as", "via", "into",
    };

    /// <summary>Every character char.IsWhiteSpace (and so <c>\s</c>) accepts but the space itself.</summary>
    private static readonly System.Buffers.SearchValues<char> s_otherWhiteSpace = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && char.IsWhiteSpace(c))]);

    [GeneratedRegex(@"\s*\([^()]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>Collapses runs of whitespace to one space and trims.</summary>
    public static string Collapse(string text) =>
        // Most text has single spaces only: the regex would still replace every one of them with a new space.
        IsCollapsed(text) ? text.Trim() : Whitespace().Replace(text, " ").Trim();

    /// <summary>True when every whitespace character is a single space (what <c>\s</c> matches, char.IsWhiteSpace tests).</summary>
    private static bool IsCollapsed(string text) =>
        // A space before any white space is either a double space or a space before one of the others.
        text.AsSpan().IndexOfAny(s_otherWhiteSpace) < 0 && !text.Contains("  ", StringComparison.Ordinal);

    /// <summary>Drops parenthetical asides (<c>large (hosted on cloud infrastructure) and small models</c>).</summary>
    public static string WithoutAsides(string text)
    {
        var result = Parenthetical().Replace(text, "");
        return result.Length == 0 ? text : result;
    }

    /// <summary>Upper-cases the first letter (<c>a systematic study</c> → <c>A systematic study</c>).</summary>
    public static string Capitalise(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    /// <summary>Trims, drops a final period, and cuts at a word boundary with <c>…</c> past <see cref="MaxLength"/>.</summary>
    public static string Fit(string text)
    {
        text = Collapse(text).TrimEnd('.', ',', ';', ':', ' ');
        if (text.Length <= MaxLength)
        {
            return text;
        }
        var limit = MaxLength - 1;
        var cut = text.LastIndexOf(' ', limit);
        var head = cut > MaxLength / 3 ? text[..cut] : text[..SafeCut(text, limit)];
        return TrimWeakEnding(head) + "…";
    }

    // Never split a surrogate pair (an emoji or a rare CJK character) when there is no space to cut at.
    private static int SafeCut(string text, int limit) => char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;

    private static string TrimWeakEnding(string head)
    {
        var words = head.TrimEnd(',', ';', ':', '-', '—', '(', ' ').Split(' ').ToList();
        while (words.Count > 1 && WeakEndings.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }
        return new StringBuilder().AppendJoin(' ', words).ToString().TrimEnd(',', ';', ':', '-', '—', '(', ' ');
    }
}
