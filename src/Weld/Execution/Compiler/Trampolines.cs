using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using Weld.Runtime;

namespace Weld.Execution.Compiler;

/// <summary>Runs compiled code of one signature with arguments and results in <see cref="ExecStack"/> slots.</summary>
internal delegate void CompiledEntryPoint(ExecStack stack, int argBase, ModuleInstance instance, nint entry);

/// <summary>
/// The bridges between the shared calling convention (<see cref="ExecStack"/> slots) and compiled code's typed one,
/// generated once per signature shape: an entry point (host, interpreter or another back end calls compiled code)
/// and a call-out stub (compiled code calls anything that has no compiled entry: host functions, functions not
/// compiled yet, interpreted ones).
/// </summary>
[RequiresDynamicCode("the IL compiler emits code at run time")]
internal static class Trampolines
{
    private static readonly ConcurrentDictionary<string, CompiledEntryPoint> s_entries = new();
    private static readonly ConcurrentDictionary<string, DynamicMethod> s_callOuts = new();
    private const int CacheLimit = 20_000;

    private static readonly FieldInfo s_slots = typeof(ExecStack).GetField(nameof(ExecStack.Slots))!;
    private static readonly FieldInfo s_refs = typeof(ExecStack).GetField(nameof(ExecStack.Refs))!;
    private static readonly FieldInfo s_depth = typeof(ExecStack).GetField(nameof(ExecStack.Depth))!;

    public static CompiledEntryPoint EntryFor(CompiledSignature sig) =>
        s_entries.TryGetValue(sig.Key, out var e) ? e : Cache(s_entries, sig.Key, BuildEntry(sig));

    /// <summary>The call-out stub: <c>R0 Stub(P.., FunctionInstance f, ModuleInstance caller, int depth, ref R1..)</c>.</summary>
    public static DynamicMethod CallOutFor(CompiledSignature sig) =>
        s_callOuts.TryGetValue(sig.Key, out var m) ? m : Cache(s_callOuts, sig.Key, BuildCallOut(sig));

    private static T Cache<T>(ConcurrentDictionary<string, T> cache, string key, T value) where T : class =>
        cache.Count < CacheLimit ? cache.GetOrAdd(key, value) : value;

    private static CompiledEntryPoint BuildEntry(CompiledSignature sig)
    {
        var dm = new DynamicMethod("wasm-entry " + sig.Key, typeof(void),
            [typeof(ExecStack), typeof(int), typeof(ModuleInstance), typeof(nint)], typeof(Trampolines).Module, skipVisibility: true);
        var il = dm.GetILGenerator();
        var results = sig.Results;
        var extras = new LocalBuilder[results.Length];
        for (int i = 1; i < results.Length; i++) extras[i] = il.DeclareLocal(ClrTypes.Of(results[i]));
        int offset = 0;
        foreach (var p in sig.Params)
        {
            EmitSlotArray(il, OpCodes.Ldarg_0, p);
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Ldc_I4, offset);
            il.Emit(OpCodes.Add);
            il.Emit(OpCodes.Call, Accessor("Read", p));
            offset += Calls.SlotCount(ValType.From(p));
        }
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, s_depth);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Add);
        for (int i = 1; i < results.Length; i++) il.Emit(OpCodes.Ldloca, extras[i]);
        il.Emit(OpCodes.Ldarg_3);
        sig.EmitCalli(il);
        if (results.Length > 0)
        {
            extras[0] = il.DeclareLocal(ClrTypes.Of(results[0]));
            il.Emit(OpCodes.Stloc, extras[0]);
        }
        // The call may have reallocated the stack (host re-entry): the arrays are loaded afresh.
        offset = 0;
        for (int i = 0; i < results.Length; i++)
        {
            EmitSlotArray(il, OpCodes.Ldarg_0, results[i]);
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Ldc_I4, offset);
            il.Emit(OpCodes.Add);
            il.Emit(OpCodes.Ldloc, extras[i]);
            il.Emit(OpCodes.Call, Accessor("Write", results[i]));
            offset += Calls.SlotCount(ValType.From(results[i]));
        }
        il.Emit(OpCodes.Ret);
        return dm.CreateDelegate<CompiledEntryPoint>();
    }

    private static DynamicMethod BuildCallOut(CompiledSignature sig)
    {
        int n = sig.Params.Length;
        var types = new List<Type>();
        foreach (var p in sig.Params) types.Add(ClrTypes.Of(p));
        types.Add(typeof(FunctionInstance));
        types.Add(typeof(ModuleInstance));
        types.Add(typeof(int));
        for (int i = 1; i < sig.Results.Length; i++) types.Add(ClrTypes.Of(sig.Results[i]).MakeByRefType());
        var dm = new DynamicMethod("wasm-callout " + sig.Key, sig.ReturnType, types.ToArray(), typeof(Trampolines).Module, skipVisibility: true);
        var il = dm.GetILGenerator();
        var stack = il.DeclareLocal(typeof(ExecStack));
        var argBase = il.DeclareLocal(typeof(int));
        il.Emit(OpCodes.Call, typeof(ExecStack).GetProperty(nameof(ExecStack.Current))!.GetMethod!);
        il.Emit(OpCodes.Stloc, stack);
        il.Emit(OpCodes.Ldloc, stack);
        il.Emit(OpCodes.Ldarg, n);
        il.Emit(OpCodes.Call, typeof(CallOut).GetMethod(nameof(CallOut.Reserve))!);
        il.Emit(OpCodes.Stloc, argBase);
        int offset = 0;
        for (int i = 0; i < n; i++)
        {
            EmitSlotArray(il, stack, sig.Params[i]);
            il.Emit(OpCodes.Ldloc, argBase);
            il.Emit(OpCodes.Ldc_I4, offset);
            il.Emit(OpCodes.Add);
            il.Emit(OpCodes.Ldarg, i);
            il.Emit(OpCodes.Call, Accessor("Write", sig.Params[i]));
            offset += Calls.SlotCount(ValType.From(sig.Params[i]));
        }
        il.Emit(OpCodes.Ldloc, stack);
        il.Emit(OpCodes.Ldarg, n);
        il.Emit(OpCodes.Ldarg, n + 1);
        il.Emit(OpCodes.Ldloc, argBase);
        il.Emit(OpCodes.Ldarg, n + 2);
        il.Emit(OpCodes.Call, typeof(CallOut).GetMethod(nameof(CallOut.Invoke))!);
        var results = sig.Results;
        var offsets = new int[results.Length];
        offset = 0;
        for (int i = 0; i < results.Length; i++)
        {
            offsets[i] = offset;
            offset += Calls.SlotCount(ValType.From(results[i]));
        }
        for (int i = 1; i < results.Length; i++)
        {
            il.Emit(OpCodes.Ldarg, n + 2 + i);
            EmitSlotArray(il, stack, results[i]);
            il.Emit(OpCodes.Ldloc, argBase);
            il.Emit(OpCodes.Ldc_I4, offsets[i]);
            il.Emit(OpCodes.Add);
            il.Emit(OpCodes.Call, Accessor("Read", results[i]));
            il.Emit(OpCodes.Stobj, ClrTypes.Of(results[i]));
        }
        if (results.Length > 0)
        {
            EmitSlotArray(il, stack, results[0]);
            il.Emit(OpCodes.Ldloc, argBase);
            il.Emit(OpCodes.Ldc_I4, offsets[0]);
            il.Emit(OpCodes.Add);
            il.Emit(OpCodes.Call, Accessor("Read", results[0]));
        }
        il.Emit(OpCodes.Ret);
        return dm;
    }

    private static void EmitSlotArray(ILGenerator il, OpCode loadStack, ValueKind kind)
    {
        il.Emit(loadStack);
        il.Emit(OpCodes.Ldfld, ClrTypes.IsReference(kind) ? s_refs : s_slots);
    }

    private static void EmitSlotArray(ILGenerator il, LocalBuilder stack, ValueKind kind)
    {
        il.Emit(OpCodes.Ldloc, stack);
        il.Emit(OpCodes.Ldfld, ClrTypes.IsReference(kind) ? s_refs : s_slots);
    }

    private static MethodInfo Accessor(string verb, ValueKind kind) => typeof(SlotAccess).GetMethod(verb + kind switch
    {
        ValueKind.I32 => "I32",
        ValueKind.I64 => "I64",
        ValueKind.F32 => "F32",
        ValueKind.F64 => "F64",
        ValueKind.V128 => "V128",
        _ => "Ref",
    })!;
}

/// <summary>Compiled code calling a function through the shared calling convention.</summary>
internal static class CallOut
{
    /// <summary>Makes room above every live value for the call's arguments and results; returns the argument base.</summary>
    public static int Reserve(ExecStack stack, FunctionInstance f)
    {
        int argBase = stack.Top;
        stack.EnsureCapacity(argBase + Room(f) + 1);
        return argBase;
    }

    /// <summary>Calls <paramref name="f"/> with its arguments at <paramref name="argBase"/>; <paramref name="depth"/>
    /// is the calling frame's wasm call depth and <paramref name="caller"/> its instance (for host functions).</summary>
    public static void Invoke(ExecStack stack, FunctionInstance f, ModuleInstance caller, int argBase, int depth)
    {
        int savedTop = stack.Top;
        var savedCaller = stack.Caller;
        int savedDepth = stack.Depth;
        stack.Top = argBase + Room(f);
        stack.Caller = caller;
        stack.Depth = depth;
        try
        {
            Calls.Invoke(f, stack, argBase);
        }
        finally
        {
            stack.Top = savedTop;
            stack.Caller = savedCaller;
            stack.Depth = savedDepth;
        }
    }

    private static int Room(FunctionInstance f) => f.Type.SlotRoom;
}
