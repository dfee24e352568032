using System.Reflection;
using System.Reflection.Emit;
using Weld.Runtime;
using Weld.Syntax;

namespace Weld.Execution.Compiler;

internal sealed partial class FunctionCompiler
{
    /// <summary>Estimated native frame size (bytes) above which every call checks the native stack; smaller frames
    /// check every 8th level (TryEnsureSufficientExecutionStack keeps a margin far above 8 such frames).</summary>
    private const int LargeFrameBytes = 2048;

    private static readonly FieldInfo s_globals = typeof(ModuleInstance).GetField(nameof(ModuleInstance.Globals))!;
    private static readonly FieldInfo s_memories = typeof(ModuleInstance).GetField(nameof(ModuleInstance.Memories))!;
    private static readonly FieldInfo s_tables = typeof(ModuleInstance).GetField(nameof(ModuleInstance.Tables))!;
    private static readonly MethodInfo s_trapException = typeof(Trap).GetMethod(nameof(Trap.Exception))!;

    private readonly Dictionary<int, LocalBuilder> _globalLocals = [];
    private readonly Dictionary<int, LocalBuilder> _tableLocals = [];
    /// <summary>Per type index that call_indirect expects: the module's type object (compared by reference first).</summary>
    private readonly Dictionary<int, LocalBuilder> _typeLocals = [];
    /// <summary>Per memory used: the instance, its base and its byte length (reloaded after calls and growth).</summary>
    private readonly Dictionary<int, (LocalBuilder Memory, LocalBuilder Base, LocalBuilder Length)> _memoryLocals = [];

    private void EmitPrologue()
    {
        var code = _body.Code;
        var memories = new SortedSet<int>();
        var globals = new SortedSet<int>();
        var tables = new SortedSet<int>();
        var types = new SortedSet<int>();
        foreach (ref readonly var ins in code.AsSpan())
        {
            if (MemoryIndexOf(in ins) is int m) memories.Add(m);
            if (ins.Op == Opcode.MemoryCopy) memories.Add(ins.B);
            if (ins.Op is Opcode.GlobalGet or Opcode.GlobalSet) globals.Add(ins.A);
            if (ins.Op is Opcode.CallIndirect or Opcode.ReturnCallIndirect)
            {
                tables.Add(ins.B);
                types.Add(ins.A);
            }
        }

        EmitDepthChecks(16 * (_localKinds.Length + Math.Min(code.Length, 4096)) + 256);
        EmitControlPrologue();
        for (int i = 0; i < _sig.Params.Length; i++)
        {
            _il.Emit(OpCodes.Ldarg, i);
            _il.Emit(OpCodes.Stloc, _locals[i]!);
        }

        foreach (int g in globals)
        {
            var local = _il.DeclareLocal(typeof(GlobalInstance));
            LoadInstance();
            _il.Emit(OpCodes.Ldfld, s_globals);
            _il.Emit(OpCodes.Ldc_I4, g);
            _il.Emit(OpCodes.Ldelem_Ref);
            _il.Emit(OpCodes.Stloc, local);
            _globalLocals[g] = local;
        }
        foreach (int t in tables) _tableLocals[t] = CacheElement(s_tables, t, typeof(TableInstance));
        foreach (int t in types) _typeLocals[t] = CacheElement(s_types, t, typeof(FuncType));
        CacheRuntimeTypes();
        foreach (int m in memories)
        {
            var mem = CacheElement(s_memories, m, typeof(MemoryInstance));
            _memoryLocals[m] = (mem, _il.DeclareLocal(typeof(nint)), _il.DeclareLocal(typeof(ulong)));
        }
        ReloadMemories();
    }

    /// <summary>The wasm call depth against the engine's limit, then (every eighth level for a small frame, always for
    /// a large one) the native stack.</summary>
    private void EmitDepthChecks(int estimatedFrameBytes)
    {
        var depthOk = _il.DefineLabel();
        LoadDepth();
        _il.Emit(OpCodes.Ldc_I4, _unit.MaxCallDepth);
        _il.Emit(OpCodes.Ble, depthOk);
        EmitThrow(TrapCode.CallStackExhausted);
        _il.MarkLabel(depthOk);
        var stackOk = _il.DefineLabel();
        if (estimatedFrameBytes <= LargeFrameBytes)
        {
            LoadDepth();
            _il.Emit(OpCodes.Ldc_I4_7);
            _il.Emit(OpCodes.And);
            _il.Emit(OpCodes.Brtrue, stackOk);
        }
        _il.Emit(OpCodes.Call, s_tryEnsureStack);
        _il.Emit(OpCodes.Brtrue, stackOk);
        EmitThrow(TrapCode.CallStackExhausted);
        _il.MarkLabel(stackOk);
    }

    private static readonly MethodInfo s_tryEnsureStack =
        typeof(System.Runtime.CompilerServices.RuntimeHelpers)
            .GetMethod(nameof(System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack))!;

    private LocalBuilder CacheElement(FieldInfo array, int index, Type type)
    {
        var local = _il.DeclareLocal(type);
        LoadInstance();
        _il.Emit(OpCodes.Ldfld, array);
        _il.Emit(OpCodes.Ldc_I4, index);
        _il.Emit(OpCodes.Ldelem_Ref);
        _il.Emit(OpCodes.Stloc, local);
        return local;
    }

    /// <summary>Reloads every cached memory's base and length: after calls and memory.grow, since any of them may
    /// have grown (or, for a memory without a stable reservation, moved) the memory.</summary>
    private void ReloadMemories()
    {
        foreach (var (mem, b, len) in _memoryLocals.Values)
        {
            _il.Emit(OpCodes.Ldloc, mem);
            _il.Emit(OpCodes.Call, Members.Method(typeof(CompiledRuntime), nameof(CompiledRuntime.BaseOf)));
            _il.Emit(OpCodes.Stloc, b);
            _il.Emit(OpCodes.Ldloc, mem);
            _il.Emit(OpCodes.Call, Members.Method(typeof(CompiledRuntime), nameof(CompiledRuntime.LengthOf)));
            _il.Emit(OpCodes.Stloc, len);
        }
    }

    /// <summary>The memory an instruction accesses, or null.</summary>
    private static int? MemoryIndexOf(in Instr ins) => ins.Op switch
    {
        >= Opcode.I32Load and <= Opcode.I64Store32 => ins.B,
        Opcode.MemorySize or Opcode.MemoryGrow or Opcode.MemoryFill => ins.A,
        Opcode.MemoryCopy => ins.A,
        Opcode.MemoryInit => ins.B,
        _ when SimdMemoryOp(ins.Op) => ins.B,
        _ when AtomicShape.Of(ins.Op) is { Kind: not AtomicKind.Fence } => ins.B,
        _ => null,
    };

    /// <summary>Throws a trap (the IL ends the path with a throw, so nothing falls through).</summary>
    private void EmitThrow(TrapCode code)
    {
        EmitFuelSync();
        _il.Emit(OpCodes.Ldc_I4, (int)code);
        _il.Emit(OpCodes.Call, s_trapException);
        _il.Emit(OpCodes.Throw);
    }
}
