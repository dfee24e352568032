namespace Weld.Hosts;

/// <summary>The spec test suite's <c>spectest</c> module as an ordinary set of host externs.</summary>
internal static class SpecTestHost
{
    public const string ModuleName = "spectest";

    /// <summary>Defines spectest's functions, globals, table and memory in <paramref name="linker"/> for <paramref name="store"/>.
    /// The print functions write to <paramref name="output"/> (or nowhere).</summary>
    public static void Define(Linker linker, Store store, TextWriter? output = null)
    {
        void Print(string name, params ValueType[] ps)
        {
            var type = new FuncType(ps, []);
            linker.Define(ModuleName, name, Function.FromCallback(store, type, (args, _) =>
            {
                if (output is null) return;
                output.WriteLine(string.Join(" ", args.ToArray().Select(a => a.ToString())));
            }, name));
        }
        Print("print");
        Print("print_i32", ValueType.I32);
        Print("print_i64", ValueType.I64);
        Print("print_f32", ValueType.F32);
        Print("print_f64", ValueType.F64);
        Print("print_i32_f32", ValueType.I32, ValueType.F32);
        Print("print_f64_f64", ValueType.F64, ValueType.F64);
        linker.Define(ModuleName, "global_i32", new Global(store, new GlobalType(ValueType.I32, false), Value.I32(666)));
        linker.Define(ModuleName, "global_i64", new Global(store, new GlobalType(ValueType.I64, false), Value.I64(666)));
        linker.Define(ModuleName, "global_f32", new Global(store, new GlobalType(ValueType.F32, false), Value.F32(666.6f)));
        linker.Define(ModuleName, "global_f64", new Global(store, new GlobalType(ValueType.F64, false), Value.F64(666.6)));
        linker.Define(ModuleName, "table", new Table(store, new TableType(ValueType.FuncRef, 10, 20)));
        linker.Define(ModuleName, "memory", new Memory(store, new MemoryType(1, 2)));
    }
}
