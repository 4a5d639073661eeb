using GraphQL.Types;

namespace TreatyTracker.Server.GraphQL;

public class ConnectionType<TNode, TEdge, T> : ObjectGraphType<Page<T>> where TNode : IGraphType where TEdge : IGraphType
{
    public ConnectionType(string name)
    {
        Name = name;
        Description = "A page of items (Relay cursor connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdge>>>>("edges").Description("The items of the page, with their cursors.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNode>>>>("nodes").Description("The items of the page, without cursors.")
            .Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Cursors and whether more pages exist.").Resolve(c => new Page<object>(
            c.Source.Edges.Select(e => (e.Cursor, (object)e.Node!)).ToList(), c.Source.TotalCount, c.Source.HasPreviousPage, c.Source.HasNextPage));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many items the whole list has.").Resolve(c => c.Source.TotalCount);
    }
}
