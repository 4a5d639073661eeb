using GraphQL.Types;

namespace TreatyTracker.Server.GraphQL;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global, opaque id (Relay).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global opaque id, usable with Query.node.");
    }
}
