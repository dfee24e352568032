using System.Runtime.CompilerServices;

namespace Weld.Hosts;

/// <summary>The spec test suite's <c>spectest</c> module as an ordinary set of host externs, one set per store.</summary>
internal sealed class SpecTestProvider(TextWriter? output) : ExternProvider
{
    public const string ModuleName = "spectest";

    private readonly ConditionalWeakTable<Store, Dictionary<string, Extern>> _perStore = [];

    public override Extern? Provide(Store store, ImportType import)
    {
        if (import.Module != ModuleName) return null;
        return _perStore.GetValue(store, Create).GetValueOrDefault(import.Name);
    }

    /// <summary>Defines every spectest extern in <paramref name="linker"/>, made for <paramref name="store"/>.</summary>
    public static void DefineAll(Linker linker, Store store, TextWriter? output)
    {
        foreach (var (name, item) in new SpecTestProvider(output).Create(store)) linker.Define(ModuleName, name, item);
    }

    private Dictionary<string, Extern> Create(Store store)
    {
        var items = new Dictionary<string, Extern>(StringComparer.Ordinal);
        void Print(string name, params ValueType[] ps)
        {
            var writer = output;
            items[name] = Function.FromCallback(store, new FuncType(ps, []), (args, _) =>
            {
                writer?.WriteLine($"{name}: {string.Join(" ", args.ToArray())}");
            }, $"spectest.{name}");
        }
        Print("print");
        Print("print_i32", ValueType.I32);
        Print("print_i64", ValueType.I64);
        Print("print_f32", ValueType.F32);
        Print("print_f64", ValueType.F64);
        Print("print_i32_f32", ValueType.I32, ValueType.F32);
        Print("print_f64_f64", ValueType.F64, ValueType.F64);
        items["global_i32"] = new Global(store, new GlobalType(ValueType.I32, false), Value.I32(666));
        items["global_i64"] = new Global(store, new GlobalType(ValueType.I64, false), Value.I64(666));
        items["global_f32"] = new Global(store, new GlobalType(ValueType.F32, false), Value.F32(666.6f));
        items["global_f64"] = new Global(store, new GlobalType(ValueType.F64, false), Value.F64(666.6));
        items["table"] = new Table(store, new TableType(ValueType.FuncRef, 10, 20));
        items["memory"] = new Memory(store, new MemoryType(1, 2));
        return items;
    }
}
