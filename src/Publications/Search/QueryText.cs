using System.Text;

namespace Publications.Search;

/// <summary>Checks and clean-ups of raw query text that come before (or instead of) parsing it.</summary>
internal static class QueryText
{
    /// <summary>Characters that are query syntax rather than words when a query is read as plain words.</summary>
    private const string Syntax = "\"“”„()*:/\\~^[]{}!?+&|<>=";

    /// <summary>Cuts text longer than <see cref="SearchLimits.MaxQueryLength"/>, at a space when one is near the end.</summary>
    public static string Cut(string text, out bool cut)
    {
        cut = text.Length > SearchLimits.MaxQueryLength;
        if (!cut)
        {
            return text;
        }
        var end = SearchLimits.MaxQueryLength;
        var space = text.LastIndexOf(' ', end - 1, end);
        if (space > end * 4 / 5)
        {
            end = space;
        }
        else if (char.IsHighSurrogate(text[end - 1]))
        {
            // Never leave half of a surrogate pair behind.
            end--;
        }
        return text[..end];
    }

    /// <summary>Throws <see cref="UnreadableQueryException"/> for control characters and broken UTF-16 (lone surrogates).</summary>
    public static void RejectUnreadableCharacters(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]) && !char.IsWhiteSpace(text[i]))
            {
                throw new UnreadableQueryException("it contains control characters");
            }
            if (char.IsSurrogate(text[i]) && !char.IsSurrogatePair(text, i))
            {
                throw new UnreadableQueryException("it contains broken characters");
            }
            if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }
        }
    }

    /// <summary>The words of <paramref name="text"/> with operators, syntax, control characters and broken characters removed.</summary>
    public static List<string> PlainWords(string text)
    {
        var cleaned = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsSurrogatePair(text, i))
            {
                cleaned.Append(text, i, 2);
                i++;
            }
            else
            {
                var c = text[i];
                var drop = char.IsControl(c) || char.IsSurrogate(c) || Syntax.Contains(c, StringComparison.Ordinal);
                cleaned.Append(drop ? ' ' : c);
            }
        }
        return [.. cleaned.ToString()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('-'))
            .Where(w => w.Length > 0 && w is not ("OR" or "NOT" or "AND"))];
    }
}
