namespace Publications.Model;

/// <summary>What a link in an abstract points at; decides its label and the button's icon.</summary>
public enum LinkKind
{
    /// <summary>A source repository (GitHub).</summary>
    Code,
    /// <summary>A Hugging Face model.</summary>
    Model,
    /// <summary>A Hugging Face dataset.</summary>
    Dataset,
    /// <summary>A Hugging Face Space.</summary>
    Space,
    /// <summary>A Hugging Face collection.</summary>
    Collection,
    /// <summary>An arXiv paper.</summary>
    Paper,
    /// <summary>Any other web page.</summary>
    Web,
}

/// <summary>An http(s) link found in an abstract, with a human label such as <c>Code · owner/repo</c>.</summary>
/// <param name="Href">The absolute URL, trailing punctuation stripped.</param>
/// <param name="Kind">What the link points at.</param>
/// <param name="Label">The button text, e.g. <c>Code · gjq100/Graph-Counselor</c>.</param>
public sealed record PublicationLink(string Href, LinkKind Kind, string Label);
