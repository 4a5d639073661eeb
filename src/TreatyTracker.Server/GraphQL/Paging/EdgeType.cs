using GraphQL.Types;

namespace TreatyTracker.Server.GraphQL;

public class EdgeType<TNode, T> : ObjectGraphType<(string Cursor, T Node)> where TNode : IGraphType
{
    public EdgeType(string name)
    {
        Name = name;
        Description = "An item with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque cursor: pass it as after or before.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNode>>("node").Description("The item.").Resolve(c => c.Source.Node);
    }
}
