using System.Reflection.Emit;
using Weld.Syntax;

namespace Weld.Execution.Compiler;

// The atomic instructions (threads): each is a call to CompiledAtomics, which checks alignment and bounds against the
// memory's current length and does the access atomically; the cached base and length are reloaded afterwards, since
// another thread may have grown a shared memory (a wait may have slept through it). A 64-bit memory's helpers
// (CompiledAtomics64) take an i64 address.
internal sealed partial class FunctionCompiler
{
    private bool Atomic(in Instr ins)
    {
        if (AtomicShape.Of(ins.Op) is not { } shape) return false;
        if (shape.Kind == AtomicKind.Fence)
        {
            CallAtomics(nameof(CompiledAtomics.Fence));
            return true;
        }
        bool address64 = IsMemory64(ins.B);
        PopToIl(shape.Operands);
        _il.Emit(OpCodes.Ldloc, _memoryLocals[ins.B].Memory);
        _il.Emit(OpCodes.Ldc_I8, (long)ins.C);
        switch (shape.Kind)
        {
            case AtomicKind.Wait:
                LoadInstance();
                CallAtomics(shape.Wide ? nameof(CompiledAtomics.Wait64) : nameof(CompiledAtomics.Wait32), address64);
                break;
            case AtomicKind.Notify:
                CallAtomics(nameof(CompiledAtomics.Notify), address64);
                break;
            default:
                _il.Emit(OpCodes.Ldc_I4, shape.Size);
                if (shape.Kind == AtomicKind.Rmw && shape.Rmw != AtomicRmw.Cmpxchg) _il.Emit(OpCodes.Ldc_I4, (int)shape.Rmw);
                CallAtomics(AccessHelper(shape), address64);
                break;
        }
        ReloadMemories();
        if (shape.Result is { } result) Push(result);
        return true;
    }

    private static string AccessHelper(AtomicShape shape) => (shape.Kind, shape.Rmw, shape.Wide) switch
    {
        (AtomicKind.Load, _, false) => nameof(CompiledAtomics.Load32),
        (AtomicKind.Load, _, true) => nameof(CompiledAtomics.Load64),
        (AtomicKind.Store, _, false) => nameof(CompiledAtomics.Store32),
        (AtomicKind.Store, _, true) => nameof(CompiledAtomics.Store64),
        (_, AtomicRmw.Cmpxchg, false) => nameof(CompiledAtomics.Cmpxchg32),
        (_, AtomicRmw.Cmpxchg, true) => nameof(CompiledAtomics.Cmpxchg64),
        (_, _, false) => nameof(CompiledAtomics.Rmw32),
        (_, _, true) => nameof(CompiledAtomics.Rmw64),
    };

    /// <summary>Calls an atomics helper (of <see cref="CompiledAtomics64"/> for a 64-bit memory's address); they trap
    /// (alignment, bounds), so the store gets the fuel first.</summary>
    private void CallAtomics(string name, bool address64 = false)
    {
        EmitFuelSync();
        var helper = address64 ? Members.Method(typeof(CompiledAtomics64), name) : Members.Method(typeof(CompiledAtomics), name);
        _il.Emit(OpCodes.Call, helper);
    }
}
