namespace TreatyTracker.Storage.Tests;

public class SearchTests
{
    [Theory]
    [InlineData("Türkiye", "turkiye", 100)]
    [InlineData("Czech Republic", "republic czech", 100)]
    [InlineData("Mine Ban Treaty", "mine ban", 89)]
    [InlineData("Ottawa Convention", "ottawa", 89)]
    [InlineData("Convention on Cluster Munitions", "cluster munitions", 89)]
    [InlineData("Convention on Cluster Munitions", "cluster mun", 74)]
    [InlineData("Poland", "atlantis", 0)]
    public void Scores(string candidate, string query, int expected) => Assert.Equal(expected, Search.Score(query, candidate));

    [Fact]
    public void Whole_words_rank_above_prefixes_and_substrings()
    {
        Assert.True(Search.Score("ban", "Mine Ban Treaty") > Search.Score("ban", "Bangladesh"));
        Assert.True(Search.Score("congo", "Congo") > Search.Score("congo", "Democratic Republic of the Congo"));
    }
}
