namespace Publications.Text;

/// <summary>Finds sentence ends in an abstract, including sentences glued without a space (<c>hallucination.We</c>).</summary>
internal static class SentenceSplitter
{
    // Words whose trailing period does not end a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "i.e", "e.g", "etc", "vs", "al", "cf", "fig", "figs", "eq", "eqs", "resp", "approx", "no", "sec", "dr", "mr", "ms",
    };

    /// <summary>The first sentence of <paramref name="text"/>, without its final punctuation.</summary>
    public static string First(string text) => text[..EndOf(text, 0)].Trim();

    /// <summary>
    /// The index of the punctuation that ends the sentence containing <paramref name="start"/>, or the
    /// text's length when it never ends, looking at most <paramref name="maxLength"/> characters ahead.
    /// </summary>
    public static int EndOf(string text, int start, int maxLength = int.MaxValue)
    {
        var limit = (int)Math.Min(text.Length, (long)start + maxLength);
        for (var i = start; i < limit; i++)
        {
            if (text[i] is '。' or '！' or '？')
            {
                return i;
            }
            if (text[i] is '.' or '!' or '?' && EndsSentence(text, i))
            {
                return i;
            }
        }
        return limit;
    }

    private static bool EndsSentence(string text, int i)
    {
        if (i + 1 == text.Length)
        {
            return true;
        }
        var next = text[i + 1];
        var previous = i > 0 ? text[i - 1] : ' ';
        // Glued sentences: "hallucination.We", "(SSA).Building", "compute?In". A capital after a capital
        // (a domain such as "A.B") or a digit after a period (2.3×) does not end a sentence.
        var glued = char.IsUpper(next) && (char.IsLower(previous) || previous is ')' or ']');
        if (!char.IsWhiteSpace(next) && !glued)
        {
            return false;
        }
        return text[i] != '.' || !IsAbbreviation(text, i);
    }

    private static bool IsAbbreviation(string text, int period)
    {
        var start = period;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not '(' and not '[')
        {
            start--;
        }
        var word = text[start..period];
        return Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }
}
