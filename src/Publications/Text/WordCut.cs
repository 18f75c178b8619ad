namespace Publications.Text;

/// <summary>Cuts plain text short at a word boundary: teasers, descriptions and snippets that fall back to the start.</summary>
public static class WordCut
{
    /// <summary>
    /// False (and <paramref name="head"/> = <paramref name="text"/>) when the text fits in <paramref name="max"/>
    /// characters; else true, with <paramref name="head"/> its start up to the last space before <paramref name="max"/>
    /// (or a hard cut when that space is in the first half), trailing punctuation trimmed, a surrogate pair never split.
    /// The caller adds its own ellipsis.
    /// </summary>
    public static bool TryCut(string text, int max, out string head)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            head = text;
            return false;
        }
        var space = text.LastIndexOf(' ', max);
        var end = space > max / 2 ? space : max;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }
        head = text[..end].TrimEnd(',', ';', ':', '.', ' ');
        return true;
    }
}
