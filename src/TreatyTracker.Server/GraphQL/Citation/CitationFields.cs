using GraphQL;
using GraphQL.Types;

namespace TreatyTracker.Server.GraphQL;

/// <summary>Query.citation: how to cite the answer being given.</summary>
public static class CitationFields
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<CitationType>>("citation")
            .Description("A citation of this very answer: add it to any query (\"{ treaty(code: \\\"CCM\\\") { partyCount } citation { text } }\"). " +
                         "Its permalink repeats the request pinned to the dataset version answering it.")
            .Argument<StringGraphType>("title", "What is cited, in words (default: \"answer to a GraphQL query\", or the operation's name).")
            .Resolve(c => Citation.Of(c, c.GetArgument<string?>("title")));
}
