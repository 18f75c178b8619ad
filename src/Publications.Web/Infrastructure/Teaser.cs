namespace Publications.Web.Infrastructure;

/// <summary>Short plain-text excerpts for cards and meta descriptions.</summary>
public static class Teaser
{
    /// <summary>The start of <paramref name="text"/>, at most <paramref name="max"/> characters, cut at a word boundary with an ellipsis.</summary>
    public static string Of(string text, int max = 240)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', max);
        var head = text[..(cut > max / 2 ? cut : max)];
        // Never split a surrogate pair at the cut.
        if (head.Length > 0 && char.IsHighSurrogate(head[^1]))
        {
            head = head[..^1];
        }
        return head.TrimEnd(',', ';', ':', '.', ' ') + "…";
    }
}
