using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Binary;

/// <summary>Reads the <c>name</c> custom section (module, function and local names). Best effort: it is
/// debug information, so a malformed one yields null and the module still decodes.</summary>
internal static class NameSectionReader
{
    private const byte ModuleSub = 0, FunctionSub = 1, LocalSub = 2;

    public static NameSection? TryRead(byte[] data)
    {
        try
        {
            return Read(data);
        }
        catch (MalformedModuleException)
        {
            return null;
        }
    }

    private static NameSection Read(ReadOnlySpan<byte> data)
    {
        var names = new NameSection();
        var r = new WasmReader(data);
        while (!r.AtEnd)
        {
            byte id = r.ReadByte();
            var sub = new WasmReader(r.ReadBytes(r.ReadLength()));
            switch (id)
            {
                case ModuleSub:
                    names.ModuleName = sub.ReadName();
                    break;
                case FunctionSub:
                    ReadNameMap(ref sub, names.FunctionNames);
                    break;
                case LocalSub:
                {
                    int n = sub.ReadLength();
                    for (int i = 0; i < n; i++)
                    {
                        int func = sub.ReadIndex();
                        var map = new Dictionary<int, string>();
                        ReadNameMap(ref sub, map);
                        names.LocalNames[func] = map;
                    }
                    break;
                }
                default:
                    continue; // other subsections (labels, types, ...) are skipped whole
            }
            if (!sub.AtEnd) throw sub.Error(Messages.NameSubsectionSizeMismatch);
        }
        return names;
    }

    private static void ReadNameMap(ref WasmReader r, Dictionary<int, string> map)
    {
        int n = r.ReadLength();
        for (int i = 0; i < n; i++)
        {
            int index = r.ReadIndex();
            map[index] = r.ReadName();
        }
    }
}
