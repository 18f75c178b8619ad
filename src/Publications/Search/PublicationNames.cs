using System.Globalization;
using System.Text;
using Publications.Model;
using Publications.Text;

namespace Publications.Search;

/// <summary>
/// The names a publication is known by, as whole keys: the contribution's name from its headline
/// (<c>MARS2</c>, <c>Graph Counselor</c>, <c>SDAR-VL</c>) and the named systems its text mentions (<c>SDAR</c>,
/// <c>LLaDA-V</c>, <c>GraphRAG</c>). Kept whole on purpose: a query that IS a name (<c>SDAR</c>) should rank the
/// paper with that exact name above one whose name merely contains it (<c>SDAR-VL</c>), which word-level
/// fields cannot tell apart. The same <see cref="Key"/> normalises index values and query text. Pure and thread-safe.
/// </summary>
internal static class PublicationNames
{
    /// <summary>Punctuation around a word that is not part of a name: <c>(SDAR)</c>, <c>SDAR,</c>, <c>“WIST”</c>.</summary>
    private static readonly char[] s_edges = "()[]{}.,;:!?\"“”‘’'«»*".ToCharArray();

    /// <summary>Possessive endings dropped from a name: <c>SDAR's</c>, <c>SDAR’s</c>, <c>SDAR＇s</c>.</summary>
    private static readonly string[] s_possessives = ["'s", "’s", "＇s"];

    /// <summary>
    /// The headline's name, or null when the headline is not a name: the part before <c>:</c> (or the whole
    /// headline) counts only when it is what the slug was made from, i.e. the headline extractor found a named
    /// contribution (DESIGN §2 rule 1), not a sentence.
    /// </summary>
    public static string? HeadlineName(Publication publication)
    {
        var colon = publication.Headline.IndexOf(':', StringComparison.Ordinal);
        var candidate = colon > 0 ? publication.Headline[..colon] : publication.Headline;
        var slug = SlugMaker.Slugify(candidate);
        var isSlugBase = slug.Length > 0 && (publication.Slug == slug
            || (publication.Slug.StartsWith(slug + "-", StringComparison.Ordinal) && publication.Slug[(slug.Length + 1)..].All(char.IsAsciiDigit)));
        return isSlugBase ? Key(candidate) : null;
    }

    /// <summary>
    /// The distinct keys of the words of <paramref name="text"/> that look like names: a capital letter inside a
    /// word part (<c>SDAR</c>, <c>CoT</c>, <c>LLaDA-V</c>) or a capital with digits (<c>MARS2</c>, <c>S5</c>).
    /// Ordinary capitalised words (<c>Large</c>, <c>Multi-Scale</c>) are not names. In order of first mention.
    /// </summary>
    /// <remarks>
    /// Every abstract is scanned when it is indexed, so the scan jumps from capital to capital with vectorised
    /// searches (ASCII capitals, and any non-ASCII character, which may be a capital too) instead of testing each
    /// character; only the whitespace-separated words around a capital are looked at.
    /// </remarks>
    public static IReadOnlyList<string> SystemNames(string text)
    {
        var names = new List<string>();
        var span = text.AsSpan();
        var nextNonAscii = -1;
        var from = 0;
        while (from < span.Length)
        {
            if (nextNonAscii < from)
            {
                var found = span[from..].IndexOfAnyExceptInRange('\0', '\u007F');
                nextNonAscii = found < 0 ? span.Length : from + found;
            }
            var upper = span[from..nextNonAscii].IndexOfAnyInRange('A', 'Z');
            int at;
            if (upper >= 0)
            {
                at = from + upper;
            }
            else if (nextNonAscii < span.Length)
            {
                at = nextNonAscii;
                if (!char.IsUpper(span[at]))
                {
                    from = at + 1;
                    continue;
                }
            }
            else
            {
                break;
            }
            var start = at;
            while (start > 0 && !char.IsWhiteSpace(span[start - 1]))
            {
                start--;
            }
            var end = at + 1;
            while (end < span.Length && !char.IsWhiteSpace(span[end]))
            {
                end++;
            }
            if (MayBeName(span[start..end]))
            {
                AddName(names, span[start..end]);
            }
            from = end;
        }
        return names;
    }

    /// <summary>Adds the key of a candidate word when the full test passes and it is not there yet.</summary>
    private static void AddName(List<string> names, ReadOnlySpan<char> word)
    {
        var trimmed = word.Trim(s_edges);
        if (!LooksLikeName(trimmed))
        {
            return;
        }
        var key = KeyOf(trimmed);
        if (key.Length > 1 && !names.Contains(key))
        {
            names.Add(key);
        }
    }

    /// <summary>
    /// A capital after the first character, or a capital and a digit: a cheap first test on a whole word, which lets
    /// most words go; the full test (<see cref="LooksLikeName"/>) applies it to each part between hyphens.
    /// </summary>
    private static bool MayBeName(ReadOnlySpan<char> word)
    {
        var capitalInside = false;
        var capital = false;
        var digit = false;
        for (var i = 0; i < word.Length; i++)
        {
            var upper = char.IsUpper(word[i]);
            capitalInside |= upper && i > 0;
            capital |= upper;
            digit |= char.IsDigit(word[i]);
        }
        return capitalInside || (capital && digit);
    }

    /// <summary>
    /// The key of a name or of query text: edge punctuation and a possessive dropped, a plural <c>s</c> after a
    /// capital run dropped (<c>LLMs</c> = <c>LLM</c>), lowercased, diacritics removed.
    /// </summary>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return KeyOf(text.AsSpan());
    }

    private static string KeyOf(ReadOnlySpan<char> text)
    {
        var name = text.Trim().Trim(s_edges);
        foreach (var possessive in s_possessives)
        {
            if (name.EndsWith(possessive, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^possessive.Length];
            }
        }
        if (name.Length > 2 && name[^1] == 's' && char.IsUpper(name[^2]) && char.IsUpper(name[^3]))
        {
            name = name[..^1];
        }
        if (!name.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            // ASCII (nearly every name): nothing to decompose or recompose, only the case to fold.
            return string.Create(name.Length, name, static (key, ascii) => ascii.ToLowerInvariant(key));
        }
        var key = new StringBuilder(name.Length);
        foreach (var c in name.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }
        return key.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when a part of <paramref name="word"/> between hyphens passes <see cref="MayBeName"/>.</summary>
    private static bool LooksLikeName(ReadOnlySpan<char> word)
    {
        foreach (var part in word.Split('-'))
        {
            if (MayBeName(word[part]))
            {
                return true;
            }
        }
        return false;
    }
}
