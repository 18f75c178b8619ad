using Publications.Search;

namespace Publications.Tests.Search;

/// <summary>Related papers by content (MoreLikeThis) over the shipped list and small inline lists.</summary>
public sealed class RelatedTests : IDisposable
{
    private readonly PublicationIndex _index = TestIndexes.RealList();

    public void Dispose() => _index.Dispose();

    private static Model.Publication Paper(PublicationIndex index, int year, string slug) =>
        index.Search(new SearchRequest($"year:{year}", PageSize: 100)).Hits.Select(h => h.Publication).Single(p => p.Slug == slug);

    [Fact]
    public void Sdar_vl_is_related_to_the_sdar_blockwise_diffusion_paper_first()
    {
        var related = _index.Related(Paper(_index, 2026, "sdar-vl"));

        Assert.Equal("systematic-study-blockwise-discrete-diffusion", related[0].Slug);
    }

    [Fact]
    public void Related_never_includes_the_paper_itself_and_respects_count()
    {
        foreach (var hit in _index.Search(new SearchRequest("year:2020..2030", PageSize: 100)).Hits)
        {
            var related = _index.Related(hit.Publication, 3);

            Assert.DoesNotContain(hit.Publication, related);
            Assert.InRange(related.Count, 1, 3);
            Assert.Equal(related.Count, related.Distinct().Count());
        }
    }

    [Fact]
    public void One_paper_list_has_no_related_papers()
    {
        using var index = TestIndexes.FromAbstracts(2024, "We propose Lonely, a method for diffusion models.");
        var only = index.Search("lonely").Only();

        Assert.Empty(index.Related(only));
    }

    [Fact]
    public void Related_prefers_the_paper_sharing_the_topic()
    {
        using var index = TestIndexes.FromAbstracts(2024,
            "Protein folding with graph networks predicts protein structure.",
            "Weather forecasting with recurrent networks predicts rainfall.",
            "Protein structure prediction improves folding accuracy.");
        var first = index.Search("\"graph networks\"").Only();

        var related = index.Related(first);

        Assert.Contains("Protein structure prediction", related[0].Abstract, StringComparison.Ordinal);
        Assert.Empty(index.Related(first, 0));
    }

    [Fact]
    public void Publication_of_another_list_has_no_related_papers()
    {
        using var other = TestIndexes.FromAbstracts(2026, "Block-wise discrete diffusion for vision-language models.");
        var stranger = other.Search("diffusion").Only();

        Assert.Empty(_index.Related(stranger));
    }
}
