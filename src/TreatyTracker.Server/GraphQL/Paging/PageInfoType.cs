using GraphQL.Types;

namespace TreatyTracker.Server.GraphQL;

public sealed class PageInfoType : ObjectGraphType<Page<object>>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page stands in the whole list (Relay cursor connections).";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("Whether items follow this page.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Whether items precede this page.").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("Cursor of the first item of the page.").Resolve(c => c.Source.Edges.Count > 0 ? c.Source.Edges[0].Cursor : null);
        Field<StringGraphType>("endCursor").Description("Cursor of the last item of the page.").Resolve(c => c.Source.Edges.Count > 0 ? c.Source.Edges[^1].Cursor : null);
    }
}
