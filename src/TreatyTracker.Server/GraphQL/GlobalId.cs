using System.Text;

namespace TreatyTracker.Server.GraphQL;

/// <summary>Opaque global ids for the Node interface: base64 of "Type:key".</summary>
public static class GlobalId
{
    public static string Of(string type, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}"));

    public static (string Type, string Key)? Parse(string id)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(id));
            var colon = text.IndexOf(':');
            return colon > 0 ? (text[..colon], text[(colon + 1)..]) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
