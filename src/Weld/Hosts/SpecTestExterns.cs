using System.Runtime.CompilerServices;
using Weld.Execution;
using Weld.Linking;
using Weld.Runtime;

namespace Weld.Hosts;

/// <summary>The spec test suite's <c>spectest</c> module as an ordinary set of host externs, one set per store:
/// print functions (writing to <c>output</c>, if any), globals <c>global_i32</c>/<c>global_i64</c> = 666,
/// <c>global_f32</c>/<c>global_f64</c> = 666.6, a funcref <c>table</c> 10..20 (and <c>table64</c>, its 64-bit
/// twin) and a <c>memory</c> 1..2.</summary>
internal sealed class SpecTestExterns(TextWriter? output) : ExternSource
{
    public const string ModuleName = "spectest";

    private readonly ConditionalWeakTable<RuntimeStore, Dictionary<string, ExternInstance>> _perStore = [];

    public override ExternInstance? Provide(RuntimeStore store, ImportType import)
    {
        if (import.Module != ModuleName) return null;
        return _perStore.GetValue(store, Create).GetValueOrDefault(import.Name);
    }

    public override bool MayProvide(ImportType import) => import.Module == ModuleName;

    private Dictionary<string, ExternInstance> Create(RuntimeStore store)
    {
        var items = new Dictionary<string, ExternInstance>(StringComparer.Ordinal);
        void Print(string name, params ValType[] ps)
        {
            var writer = output;
            items[name] = new HostFunctionInstance(new FuncType(ps, []), store, (stack, argBase) =>
            {
                if (writer is null) return;
                var args = new Value[ps.Length];
                for (int i = 0, at = argBase; i < ps.Length; i++)
                {
                    args[i] = SlotValues.Read(stack, at, ps[i], out int n);
                    at += n;
                }
                try
                {
                    writer.WriteLine($"{name}: {string.Join(" ", args)}");
                }
                catch (Exception e) when (e is not TrapException)
                {
                    throw HostEntry.Wrap(e); // like any host function: its failure is a trap
                }
            }, $"{ModuleName}.{name}");
        }
        Print("print");
        Print("print_i32", ValType.I32);
        Print("print_i64", ValType.I64);
        Print("print_f32", ValType.F32);
        Print("print_f64", ValType.F64);
        Print("print_i32_f32", ValType.I32, ValType.F32);
        Print("print_f64_f64", ValType.F64, ValType.F64);
        items["global_i32"] = store.AllocateGlobal(new GlobalType(ValType.I32, false), Value.I32(666));
        items["global_i64"] = store.AllocateGlobal(new GlobalType(ValType.I64, false), Value.I64(666));
        items["global_f32"] = store.AllocateGlobal(new GlobalType(ValType.F32, false), Value.F32(666.6f));
        items["global_f64"] = store.AllocateGlobal(new GlobalType(ValType.F64, false), Value.F64(666.6));
        items["table"] = store.AllocateTable(new TableType(ValType.FuncRef, 10, 20), null);
        items["table64"] = store.AllocateTable(new TableType(ValType.FuncRef, new Limits(10, 20), AddressType.I64), null);
        items["memory"] = store.AllocateMemory(new MemoryType(1, 2));
        return items;
    }
}
