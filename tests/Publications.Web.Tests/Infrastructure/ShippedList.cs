using Publications.Model;
using Publications.Parsing;

namespace Publications.Web.Tests.Infrastructure;

/// <summary>The shipped list parsed independently of the app, to compare pages against.</summary>
public static class ShippedList
{
    private static readonly Lazy<PublicationList> Parsed = new(() =>
        ListParser.ParseFile(PublicationsFactory.ShippedListPath).List
        ?? throw new InvalidOperationException("The shipped list does not parse."));

    public static PublicationList List => Parsed.Value;
}
