using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Weld.Runtime;

namespace Weld.Execution.Interpreter;

/// <summary>
/// The dispatch loop. One C# frame runs any depth of wasm calls: calls push a <see cref="Frame"/> on the thread's
/// <see cref="FrameStack"/> and continue in the loop.
/// <para>Slot access uses <see cref="Unsafe.Add{T}(ref T, int)"/> from the frame base without bounds checks. Invariant:
/// every slot index in a function's code is below its <see cref="LoweredFunction.FrameSlots"/> (the lowering
/// guarantees it), and the value stack holds at least fp + FrameSlots slots (ensured on frame entry; after anything
/// that may reallocate the stack — host calls — the arrays and frame refs are reloaded).</para>
/// </summary>
internal static partial class Machine
{
    public static void Invoke(WasmFunctionInstance function, ExecStack stack, int argBase)
    {
        var frames = FrameStack.Current;
        int savedFrames = frames.Count;
        int savedDepth = stack.Depth;
        try
        {
            Run(function, stack, argBase, frames);
        }
        catch (TrapException e) when (AddBacktrace(e, frames, savedFrames))
        {
            throw; // not reached: the filter only records
        }
        finally
        {
            frames.Count = savedFrames;
            stack.Depth = savedDepth;
        }
    }

    /// <summary>Appends this run's frames (those above <paramref name="from"/>) to the trap's backtrace.</summary>
    private static bool AddBacktrace(TrapException e, FrameStack frames, int from)
    {
        Backtraces.Append(e, frames.Backtrace(from));
        return false;
    }

    private static void Run(WasmFunctionInstance entry, ExecStack stack, int argBase, FrameStack frames)
    {
        int maxDepth = entry.Store.Engine.Options.MaxCallDepth;
        int baseFrames = frames.Count;
        ulong[] slots = stack.Slots;
        object?[] refs = stack.Refs;

        WasmFunctionInstance func = entry;
        LoweredFunction lf = (LoweredFunction)entry.Code;
        int fpi = argBase;
        FunctionInstance callee;
        int argAt;

        if (++stack.Depth > maxDepth) Trap.Throw(TrapCode.CallStackExhausted);
        frames.Push(func, lf, fpi);
        if (fpi + lf.FrameSlots > slots.Length)
        {
            stack.EnsureCapacity(fpi + lf.FrameSlots);
            slots = stack.Slots;
            refs = stack.Refs;
        }
        ClearLocals(slots, refs, fpi, lf);

        ModuleInstance mod = func.Module;
        FunctionInstance[] funcs = mod.Functions;
        GlobalInstance[] globals = mod.Globals;
        nint mb = MemoryAccess.BaseOf(mod);
        ulong ml = MemoryAccess.LengthOf(mod);
        ref Inst code0 = ref MemoryMarshal.GetArrayDataReference(lf.Code);
        ref Inst ip = ref code0;
        ref ulong fp = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), fpi);
        ref object? rfp = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(refs), fpi);

        while (true)
        {
            ref Inst ins = ref ip;
            ip = ref Unsafe.Add(ref ip, 1);
#if WELD_OPSTATS
            OpStats.Count(ins.Op);
            OpStats.CountPc(lf, PcOf(ref code0, ref ins));
#endif
            switch (ins.Op)
            {
                case Op.Nop: break;
                case Op.Unreachable: Trap.Throw(TrapCode.Unreachable); break;
                case Op.FellOffEnd: throw new InvalidOperationException($"interpreter internal error: fell off the end of {func.DebugName}");
                case Op.Br: ip = ref Unsafe.Add(ref code0, ins.A); break;
                case Op.BrIfNz: if ((uint)Unsafe.Add(ref fp, ins.B) != 0) ip = ref Unsafe.Add(ref code0, ins.A); break;
                case Op.BrIfZ: if ((uint)Unsafe.Add(ref fp, ins.B) == 0) ip = ref Unsafe.Add(ref code0, ins.A); break;
                case Op.BrTable:
                {
                    uint i = (uint)Unsafe.Add(ref fp, ins.C);
                    if (i > (uint)ins.B) i = (uint)ins.B;
                    ip = ref Unsafe.Add(ref code0, lf.BrTables[ins.A + (int)i]);
                    break;
                }
                case Op.Copy: Unsafe.Add(ref fp, ins.A) = Unsafe.Add(ref fp, ins.B); break;
                case Op.CopyRef: Unsafe.Add(ref rfp, ins.A) = Unsafe.Add(ref rfp, ins.B); break;
                case Op.Copy2:
                    Unsafe.Add(ref fp, ins.A) = Unsafe.Add(ref fp, ins.B);
                    Unsafe.Add(ref fp, ins.A + 1) = Unsafe.Add(ref fp, ins.B + 1);
                    break;
                case Op.CopyPair:
                    Unsafe.Add(ref fp, ins.A) = Unsafe.Add(ref fp, ins.B);
                    Unsafe.Add(ref fp, ins.C) = Unsafe.Add(ref fp, (int)ins.K);
                    break;
                case Op.Const: Unsafe.Add(ref fp, ins.A) = ins.K; break;
                case Op.Move: Move(ref fp, ref rfp, ins.A, ins.B, ins.C, ins.K != 0); break;
                case Op.Select:
                    Unsafe.Add(ref fp, ins.A) = (uint)Unsafe.Add(ref fp, (int)ins.K) != 0 ? Unsafe.Add(ref fp, ins.B) : Unsafe.Add(ref fp, ins.C);
                    break;
                case Op.SelectRef:
                    Unsafe.Add(ref rfp, ins.A) = (uint)Unsafe.Add(ref fp, (int)ins.K) != 0 ? Unsafe.Add(ref rfp, ins.B) : Unsafe.Add(ref rfp, ins.C);
                    break;
                case Op.Select2:
                {
                    int from = (uint)Unsafe.Add(ref fp, (int)ins.K) != 0 ? ins.B : ins.C;
                    Unsafe.Add(ref fp, ins.A) = Unsafe.Add(ref fp, from);
                    Unsafe.Add(ref fp, ins.A + 1) = Unsafe.Add(ref fp, from + 1);
                    break;
                }
                case Op.GlobalGet: Unsafe.Add(ref fp, ins.A) = globals[ins.B].Lo; break;
                case Op.GlobalGetRef: Unsafe.Add(ref rfp, ins.A) = globals[ins.B].Ref; break;
                case Op.GlobalGet2:
                    Unsafe.Add(ref fp, ins.A) = globals[ins.B].Lo;
                    Unsafe.Add(ref fp, ins.A + 1) = globals[ins.B].Hi;
                    break;
                case Op.GlobalSet: globals[ins.A].Lo = Unsafe.Add(ref fp, ins.B); break;
                case Op.GlobalSetRef: globals[ins.A].Ref = Unsafe.Add(ref rfp, ins.B); break;
                case Op.GlobalSet2:
                    globals[ins.A].Lo = Unsafe.Add(ref fp, ins.B);
                    globals[ins.A].Hi = Unsafe.Add(ref fp, ins.B + 1);
                    break;

                case Op.I32Load: Unsafe.Add(ref fp, ins.A) = MemoryAccess.U32(mb, ml, (uint)((uint)Unsafe.Add(ref fp, ins.B) + (uint)ins.C), ins.K); break;
                case Op.I64Load: Unsafe.Add(ref fp, ins.A) = MemoryAccess.U64(mb, ml, (uint)((uint)Unsafe.Add(ref fp, ins.B) + (uint)ins.C), ins.K); break;
                case Op.I32Load8S: Unsafe.Add(ref fp, ins.A) = (uint)(int)MemoryAccess.S8(mb, ml, (uint)((uint)Unsafe.Add(ref fp, ins.B) + (uint)ins.C), ins.K); break;
                case Op.I32Load8U: Unsafe.Add(ref fp, ins.A) = MemoryAccess.U8(mb, ml, (uint)((uint)Unsafe.Add(ref fp, ins.B) + (uint)ins.C), ins.K); break;
                case Op.I32Load16S: Unsafe.Add(ref fp, ins.A) = (uint)(int)MemoryAccess.S16(mb, ml, (uint)((uint)Unsafe.Add(ref fp, ins.B) + (uint)ins.C), ins.K); break;
                case Op.I32Load16U: Unsafe.Add(ref fp, ins.A) = MemoryAccess.U16(mb, ml, (uint)((uint)Unsafe.Add(ref fp, ins.B) + (uint)ins.C), ins.K); break;
                case Op.I64Load8S: Unsafe.Add(ref fp, ins.A) = (ulong)(long)MemoryAccess.S8(mb, ml, (uint)((uint)Unsafe.Add(ref fp, ins.B) + (uint)ins.C), ins.K); break;
                case Op.I64Load8U: Unsafe.Add(ref fp, ins.A) = MemoryAccess.U8(mb, ml, (uint)((uint)Unsafe.Add(ref fp, ins.B) + (uint)ins.C), ins.K); break;
                case Op.I64Load16S: Unsafe.Add(ref fp, ins.A) = (ulong)(long)MemoryAccess.S16(mb, ml, (uint)((uint)Unsafe.Add(ref fp, ins.B) + (uint)ins.C), ins.K); break;
                case Op.I64Load16U: Unsafe.Add(ref fp, ins.A) = MemoryAccess.U16(mb, ml, (uint)((uint)Unsafe.Add(ref fp, ins.B) + (uint)ins.C), ins.K); break;
                case Op.I64Load32S: Unsafe.Add(ref fp, ins.A) = (ulong)(long)MemoryAccess.S32(mb, ml, (uint)((uint)Unsafe.Add(ref fp, ins.B) + (uint)ins.C), ins.K); break;
                case Op.I64Load32U: Unsafe.Add(ref fp, ins.A) = MemoryAccess.U32(mb, ml, (uint)((uint)Unsafe.Add(ref fp, ins.B) + (uint)ins.C), ins.K); break;
                case Op.I32Store: MemoryAccess.Store32(mb, ml, (uint)((uint)Unsafe.Add(ref fp, ins.B) + (uint)ins.C), ins.K, Unsafe.Add(ref fp, ins.A)); break;
                case Op.I64Store: MemoryAccess.Store64(mb, ml, (uint)((uint)Unsafe.Add(ref fp, ins.B) + (uint)ins.C), ins.K, Unsafe.Add(ref fp, ins.A)); break;
                case Op.I32Store8: MemoryAccess.Store8(mb, ml, (uint)((uint)Unsafe.Add(ref fp, ins.B) + (uint)ins.C), ins.K, Unsafe.Add(ref fp, ins.A)); break;
                case Op.I32Store16: MemoryAccess.Store16(mb, ml, (uint)((uint)Unsafe.Add(ref fp, ins.B) + (uint)ins.C), ins.K, Unsafe.Add(ref fp, ins.A)); break;
                case Op.Simd: Simd.SimdDispatch.Execute(ref fp, ins.A, ins.B, ins.C, ins.K, mb, ml); break;
                case Op.MemorySize: Unsafe.Add(ref fp, ins.A) = (uint)mod.Memories[ins.B].Pages; break;
                case Op.MemoryGrow:
                    Unsafe.Add(ref fp, ins.A) = (uint)(int)mod.Memories[ins.C].Grow((uint)Unsafe.Add(ref fp, ins.B));
                    mb = MemoryAccess.BaseOf(mod);
                    ml = MemoryAccess.LengthOf(mod);
                    break;
                case Op.MemoryFill: Bulk.MemoryFill(mod, ins.A, slots, fpi + ins.B); break;
                case Op.MemoryCopy: Bulk.MemoryCopy(mod, ins.A, ins.C, slots, fpi + ins.B); break;
                case Op.MemoryInit: Bulk.MemoryInit(mod, ins.A, ins.C, slots, fpi + ins.B); break;
                case Op.DataDrop: mod.Datas[ins.A].Bytes = []; break;
                case Op.TableGet: Bulk.TableGet(mod, ins.A, slots, refs, fpi + ins.B); break;
                case Op.TableSet: Bulk.TableSet(mod, ins.A, slots, refs, fpi + ins.B); break;
                case Op.TableSize: Unsafe.Add(ref fp, ins.B) = mod.Tables[ins.A].Length; break;
                case Op.TableGrow: Bulk.TableGrow(mod, ins.A, slots, refs, fpi + ins.B); break;
                case Op.TableFill: Bulk.TableFill(mod, ins.A, slots, refs, fpi + ins.B); break;
                case Op.TableCopy: Bulk.TableCopy(mod, ins.A, ins.C, slots, fpi + ins.B); break;
                case Op.TableInit: Bulk.TableInit(mod, ins.A, ins.C, slots, fpi + ins.B); break;
                case Op.ElemDrop: mod.Elems[ins.A].Items = []; break;
                case Op.RefNull: Unsafe.Add(ref rfp, ins.A) = null; Unsafe.Add(ref fp, ins.A) = 0; break;
                case Op.RefIsNull: Unsafe.Add(ref fp, ins.A) = Unsafe.Add(ref rfp, ins.B) is null ? 1ul : 0ul; break;
                case Op.RefFunc: Unsafe.Add(ref rfp, ins.A) = funcs[ins.B]; break;

                case Op.Call:
                    callee = funcs[ins.A];
                    argAt = fpi + ins.B;
                    goto call;
                case Op.CallIndirect:
                {
                    var table = mod.Tables[ins.C];
                    uint i = (uint)Unsafe.Add(ref fp, (int)ins.K);
                    if (i >= table.Length) Trap.Throw(TrapCode.UndefinedElement);
                    if (table.Elements[i] is not FunctionInstance target) { Trap.UninitializedElement(i); break; }
                    var expected = mod.Types[ins.A];
                    if (!ReferenceEquals(target.Type, expected) && !target.Type.Equals(expected)) Trap.Throw(TrapCode.IndirectCallTypeMismatch);
                    callee = target;
                    argAt = fpi + ins.B;
                    goto call;
                }
                case Op.Return:
                {
                    if (ins.B != 0)
                    {
                        if (ins.C == 1 && ins.K == 0) fp = Unsafe.Add(ref fp, ins.B);
                        else Move(ref fp, ref rfp, 0, ins.B, ins.C, ins.K != 0);
                    }
                    stack.Depth--;
                    int count = --frames.Count;
                    if (count == baseFrames) return;
                    ref Frame f = ref frames.Items[count - 1];
                    func = f.Func;
                    lf = f.Code;
                    fpi = f.Fp;
                    code0 = ref MemoryMarshal.GetArrayDataReference(lf.Code);
                    ip = ref Unsafe.AddByteOffset(ref code0, (nint)f.Pc);
                    fp = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), fpi);
                    rfp = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(refs), fpi);
                    // Module state changes only across modules: a callee of this module that grew memory updated mb/ml
                    // itself (same loop locals), and every transition to another module (call, return, host call)
                    // reloads them.
                    if (func.Module != mod)
                    {
                        mod = func.Module;
                        funcs = mod.Functions;
                        globals = mod.Globals;
                        mb = MemoryAccess.BaseOf(mod);
                        ml = MemoryAccess.LengthOf(mod);
                    }
                    break;
                }

                // ---- generated numeric family ----
                    case Op.I32Add: Unsafe.Add(ref fp, ins.A) = (uint)((uint)Unsafe.Add(ref fp, ins.B) + (uint)Unsafe.Add(ref fp, ins.C)); break;
                    case Op.I32AddImm: Unsafe.Add(ref fp, ins.A) = (uint)((uint)Unsafe.Add(ref fp, ins.B) + (uint)ins.K); break;
                    case Op.I32Sub: Unsafe.Add(ref fp, ins.A) = (uint)((uint)Unsafe.Add(ref fp, ins.B) - (uint)Unsafe.Add(ref fp, ins.C)); break;
                    case Op.I32SubImm: Unsafe.Add(ref fp, ins.A) = (uint)((uint)Unsafe.Add(ref fp, ins.B) - (uint)ins.K); break;
                    case Op.I32Mul: Unsafe.Add(ref fp, ins.A) = (uint)((uint)Unsafe.Add(ref fp, ins.B) * (uint)Unsafe.Add(ref fp, ins.C)); break;
                    case Op.I32MulImm: Unsafe.Add(ref fp, ins.A) = (uint)((uint)Unsafe.Add(ref fp, ins.B) * (uint)ins.K); break;
                    case Op.I32DivS: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32DivS((int)Unsafe.Add(ref fp, ins.B), (int)Unsafe.Add(ref fp, ins.C))); break;
                    case Op.I32DivSImm: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32DivS((int)Unsafe.Add(ref fp, ins.B), (int)ins.K)); break;
                    case Op.I32DivU: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32DivU((uint)Unsafe.Add(ref fp, ins.B), (uint)Unsafe.Add(ref fp, ins.C))); break;
                    case Op.I32DivUImm: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32DivU((uint)Unsafe.Add(ref fp, ins.B), (uint)ins.K)); break;
                    case Op.I32RemS: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32RemS((int)Unsafe.Add(ref fp, ins.B), (int)Unsafe.Add(ref fp, ins.C))); break;
                    case Op.I32RemSImm: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32RemS((int)Unsafe.Add(ref fp, ins.B), (int)ins.K)); break;
                    case Op.I32RemU: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32RemU((uint)Unsafe.Add(ref fp, ins.B), (uint)Unsafe.Add(ref fp, ins.C))); break;
                    case Op.I32RemUImm: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32RemU((uint)Unsafe.Add(ref fp, ins.B), (uint)ins.K)); break;
                    case Op.I32And: Unsafe.Add(ref fp, ins.A) = (uint)((uint)Unsafe.Add(ref fp, ins.B) & (uint)Unsafe.Add(ref fp, ins.C)); break;
                    case Op.I32AndImm: Unsafe.Add(ref fp, ins.A) = (uint)((uint)Unsafe.Add(ref fp, ins.B) & (uint)ins.K); break;
                    case Op.I32Or: Unsafe.Add(ref fp, ins.A) = (uint)((uint)Unsafe.Add(ref fp, ins.B) | (uint)Unsafe.Add(ref fp, ins.C)); break;
                    case Op.I32OrImm: Unsafe.Add(ref fp, ins.A) = (uint)((uint)Unsafe.Add(ref fp, ins.B) | (uint)ins.K); break;
                    case Op.I32Xor: Unsafe.Add(ref fp, ins.A) = (uint)((uint)Unsafe.Add(ref fp, ins.B) ^ (uint)Unsafe.Add(ref fp, ins.C)); break;
                    case Op.I32XorImm: Unsafe.Add(ref fp, ins.A) = (uint)((uint)Unsafe.Add(ref fp, ins.B) ^ (uint)ins.K); break;
                    case Op.I32Shl: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32Shl((uint)Unsafe.Add(ref fp, ins.B), (uint)Unsafe.Add(ref fp, ins.C))); break;
                    case Op.I32ShlImm: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32Shl((uint)Unsafe.Add(ref fp, ins.B), (uint)ins.K)); break;
                    case Op.I32ShrS: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32ShrS((int)Unsafe.Add(ref fp, ins.B), (uint)Unsafe.Add(ref fp, ins.C))); break;
                    case Op.I32ShrSImm: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32ShrS((int)Unsafe.Add(ref fp, ins.B), (uint)ins.K)); break;
                    case Op.I32ShrU: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32ShrU((uint)Unsafe.Add(ref fp, ins.B), (uint)Unsafe.Add(ref fp, ins.C))); break;
                    case Op.I32ShrUImm: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32ShrU((uint)Unsafe.Add(ref fp, ins.B), (uint)ins.K)); break;
                    case Op.I32Rotl: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32Rotl((uint)Unsafe.Add(ref fp, ins.B), (uint)Unsafe.Add(ref fp, ins.C))); break;
                    case Op.I32RotlImm: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32Rotl((uint)Unsafe.Add(ref fp, ins.B), (uint)ins.K)); break;
                    case Op.I32Rotr: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32Rotr((uint)Unsafe.Add(ref fp, ins.B), (uint)Unsafe.Add(ref fp, ins.C))); break;
                    case Op.I32RotrImm: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32Rotr((uint)Unsafe.Add(ref fp, ins.B), (uint)ins.K)); break;
                    case Op.I32Eq: Unsafe.Add(ref fp, ins.A) = ((uint)Unsafe.Add(ref fp, ins.B) == (uint)Unsafe.Add(ref fp, ins.C)) ? 1ul : 0ul; break;
                    case Op.I32EqImm: Unsafe.Add(ref fp, ins.A) = ((uint)Unsafe.Add(ref fp, ins.B) == (uint)ins.K) ? 1ul : 0ul; break;
                    case Op.I32Ne: Unsafe.Add(ref fp, ins.A) = ((uint)Unsafe.Add(ref fp, ins.B) != (uint)Unsafe.Add(ref fp, ins.C)) ? 1ul : 0ul; break;
                    case Op.I32NeImm: Unsafe.Add(ref fp, ins.A) = ((uint)Unsafe.Add(ref fp, ins.B) != (uint)ins.K) ? 1ul : 0ul; break;
                    case Op.I32LtS: Unsafe.Add(ref fp, ins.A) = ((int)Unsafe.Add(ref fp, ins.B) < (int)Unsafe.Add(ref fp, ins.C)) ? 1ul : 0ul; break;
                    case Op.I32LtSImm: Unsafe.Add(ref fp, ins.A) = ((int)Unsafe.Add(ref fp, ins.B) < (int)ins.K) ? 1ul : 0ul; break;
                    case Op.I32LtU: Unsafe.Add(ref fp, ins.A) = ((uint)Unsafe.Add(ref fp, ins.B) < (uint)Unsafe.Add(ref fp, ins.C)) ? 1ul : 0ul; break;
                    case Op.I32LtUImm: Unsafe.Add(ref fp, ins.A) = ((uint)Unsafe.Add(ref fp, ins.B) < (uint)ins.K) ? 1ul : 0ul; break;
                    case Op.I32GtS: Unsafe.Add(ref fp, ins.A) = ((int)Unsafe.Add(ref fp, ins.B) > (int)Unsafe.Add(ref fp, ins.C)) ? 1ul : 0ul; break;
                    case Op.I32GtSImm: Unsafe.Add(ref fp, ins.A) = ((int)Unsafe.Add(ref fp, ins.B) > (int)ins.K) ? 1ul : 0ul; break;
                    case Op.I32GtU: Unsafe.Add(ref fp, ins.A) = ((uint)Unsafe.Add(ref fp, ins.B) > (uint)Unsafe.Add(ref fp, ins.C)) ? 1ul : 0ul; break;
                    case Op.I32GtUImm: Unsafe.Add(ref fp, ins.A) = ((uint)Unsafe.Add(ref fp, ins.B) > (uint)ins.K) ? 1ul : 0ul; break;
                    case Op.I32LeS: Unsafe.Add(ref fp, ins.A) = ((int)Unsafe.Add(ref fp, ins.B) <= (int)Unsafe.Add(ref fp, ins.C)) ? 1ul : 0ul; break;
                    case Op.I32LeSImm: Unsafe.Add(ref fp, ins.A) = ((int)Unsafe.Add(ref fp, ins.B) <= (int)ins.K) ? 1ul : 0ul; break;
                    case Op.I32LeU: Unsafe.Add(ref fp, ins.A) = ((uint)Unsafe.Add(ref fp, ins.B) <= (uint)Unsafe.Add(ref fp, ins.C)) ? 1ul : 0ul; break;
                    case Op.I32LeUImm: Unsafe.Add(ref fp, ins.A) = ((uint)Unsafe.Add(ref fp, ins.B) <= (uint)ins.K) ? 1ul : 0ul; break;
                    case Op.I32GeS: Unsafe.Add(ref fp, ins.A) = ((int)Unsafe.Add(ref fp, ins.B) >= (int)Unsafe.Add(ref fp, ins.C)) ? 1ul : 0ul; break;
                    case Op.I32GeSImm: Unsafe.Add(ref fp, ins.A) = ((int)Unsafe.Add(ref fp, ins.B) >= (int)ins.K) ? 1ul : 0ul; break;
                    case Op.I32GeU: Unsafe.Add(ref fp, ins.A) = ((uint)Unsafe.Add(ref fp, ins.B) >= (uint)Unsafe.Add(ref fp, ins.C)) ? 1ul : 0ul; break;
                    case Op.I32GeUImm: Unsafe.Add(ref fp, ins.A) = ((uint)Unsafe.Add(ref fp, ins.B) >= (uint)ins.K) ? 1ul : 0ul; break;
                    case Op.I64Add: Unsafe.Add(ref fp, ins.A) = (ulong)(Unsafe.Add(ref fp, ins.B) + Unsafe.Add(ref fp, ins.C)); break;
                    case Op.I64AddImm: Unsafe.Add(ref fp, ins.A) = (ulong)(Unsafe.Add(ref fp, ins.B) + ins.K); break;
                    case Op.I64Sub: Unsafe.Add(ref fp, ins.A) = (ulong)(Unsafe.Add(ref fp, ins.B) - Unsafe.Add(ref fp, ins.C)); break;
                    case Op.I64SubImm: Unsafe.Add(ref fp, ins.A) = (ulong)(Unsafe.Add(ref fp, ins.B) - ins.K); break;
                    case Op.I64Mul: Unsafe.Add(ref fp, ins.A) = (ulong)(Unsafe.Add(ref fp, ins.B) * Unsafe.Add(ref fp, ins.C)); break;
                    case Op.I64MulImm: Unsafe.Add(ref fp, ins.A) = (ulong)(Unsafe.Add(ref fp, ins.B) * ins.K); break;
                    case Op.I64DivS: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64DivS((long)Unsafe.Add(ref fp, ins.B), (long)Unsafe.Add(ref fp, ins.C))); break;
                    case Op.I64DivSImm: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64DivS((long)Unsafe.Add(ref fp, ins.B), (long)ins.K)); break;
                    case Op.I64DivU: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64DivU(Unsafe.Add(ref fp, ins.B), Unsafe.Add(ref fp, ins.C))); break;
                    case Op.I64DivUImm: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64DivU(Unsafe.Add(ref fp, ins.B), ins.K)); break;
                    case Op.I64RemS: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64RemS((long)Unsafe.Add(ref fp, ins.B), (long)Unsafe.Add(ref fp, ins.C))); break;
                    case Op.I64RemSImm: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64RemS((long)Unsafe.Add(ref fp, ins.B), (long)ins.K)); break;
                    case Op.I64RemU: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64RemU(Unsafe.Add(ref fp, ins.B), Unsafe.Add(ref fp, ins.C))); break;
                    case Op.I64RemUImm: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64RemU(Unsafe.Add(ref fp, ins.B), ins.K)); break;
                    case Op.I64And: Unsafe.Add(ref fp, ins.A) = (ulong)(Unsafe.Add(ref fp, ins.B) & Unsafe.Add(ref fp, ins.C)); break;
                    case Op.I64AndImm: Unsafe.Add(ref fp, ins.A) = (ulong)(Unsafe.Add(ref fp, ins.B) & ins.K); break;
                    case Op.I64Or: Unsafe.Add(ref fp, ins.A) = (ulong)(Unsafe.Add(ref fp, ins.B) | Unsafe.Add(ref fp, ins.C)); break;
                    case Op.I64OrImm: Unsafe.Add(ref fp, ins.A) = (ulong)(Unsafe.Add(ref fp, ins.B) | ins.K); break;
                    case Op.I64Xor: Unsafe.Add(ref fp, ins.A) = (ulong)(Unsafe.Add(ref fp, ins.B) ^ Unsafe.Add(ref fp, ins.C)); break;
                    case Op.I64XorImm: Unsafe.Add(ref fp, ins.A) = (ulong)(Unsafe.Add(ref fp, ins.B) ^ ins.K); break;
                    case Op.I64Shl: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64Shl(Unsafe.Add(ref fp, ins.B), Unsafe.Add(ref fp, ins.C))); break;
                    case Op.I64ShlImm: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64Shl(Unsafe.Add(ref fp, ins.B), ins.K)); break;
                    case Op.I64ShrS: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64ShrS((long)Unsafe.Add(ref fp, ins.B), Unsafe.Add(ref fp, ins.C))); break;
                    case Op.I64ShrSImm: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64ShrS((long)Unsafe.Add(ref fp, ins.B), ins.K)); break;
                    case Op.I64ShrU: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64ShrU(Unsafe.Add(ref fp, ins.B), Unsafe.Add(ref fp, ins.C))); break;
                    case Op.I64ShrUImm: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64ShrU(Unsafe.Add(ref fp, ins.B), ins.K)); break;
                    case Op.I64Rotl: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64Rotl(Unsafe.Add(ref fp, ins.B), Unsafe.Add(ref fp, ins.C))); break;
                    case Op.I64RotlImm: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64Rotl(Unsafe.Add(ref fp, ins.B), ins.K)); break;
                    case Op.I64Rotr: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64Rotr(Unsafe.Add(ref fp, ins.B), Unsafe.Add(ref fp, ins.C))); break;
                    case Op.I64RotrImm: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64Rotr(Unsafe.Add(ref fp, ins.B), ins.K)); break;
                    case Op.I64Eq: Unsafe.Add(ref fp, ins.A) = (Unsafe.Add(ref fp, ins.B) == Unsafe.Add(ref fp, ins.C)) ? 1ul : 0ul; break;
                    case Op.I64EqImm: Unsafe.Add(ref fp, ins.A) = (Unsafe.Add(ref fp, ins.B) == ins.K) ? 1ul : 0ul; break;
                    case Op.I64Ne: Unsafe.Add(ref fp, ins.A) = (Unsafe.Add(ref fp, ins.B) != Unsafe.Add(ref fp, ins.C)) ? 1ul : 0ul; break;
                    case Op.I64NeImm: Unsafe.Add(ref fp, ins.A) = (Unsafe.Add(ref fp, ins.B) != ins.K) ? 1ul : 0ul; break;
                    case Op.I64LtS: Unsafe.Add(ref fp, ins.A) = ((long)Unsafe.Add(ref fp, ins.B) < (long)Unsafe.Add(ref fp, ins.C)) ? 1ul : 0ul; break;
                    case Op.I64LtSImm: Unsafe.Add(ref fp, ins.A) = ((long)Unsafe.Add(ref fp, ins.B) < (long)ins.K) ? 1ul : 0ul; break;
                    case Op.I64LtU: Unsafe.Add(ref fp, ins.A) = (Unsafe.Add(ref fp, ins.B) < Unsafe.Add(ref fp, ins.C)) ? 1ul : 0ul; break;
                    case Op.I64LtUImm: Unsafe.Add(ref fp, ins.A) = (Unsafe.Add(ref fp, ins.B) < ins.K) ? 1ul : 0ul; break;
                    case Op.I64GtS: Unsafe.Add(ref fp, ins.A) = ((long)Unsafe.Add(ref fp, ins.B) > (long)Unsafe.Add(ref fp, ins.C)) ? 1ul : 0ul; break;
                    case Op.I64GtSImm: Unsafe.Add(ref fp, ins.A) = ((long)Unsafe.Add(ref fp, ins.B) > (long)ins.K) ? 1ul : 0ul; break;
                    case Op.I64GtU: Unsafe.Add(ref fp, ins.A) = (Unsafe.Add(ref fp, ins.B) > Unsafe.Add(ref fp, ins.C)) ? 1ul : 0ul; break;
                    case Op.I64GtUImm: Unsafe.Add(ref fp, ins.A) = (Unsafe.Add(ref fp, ins.B) > ins.K) ? 1ul : 0ul; break;
                    case Op.I64LeS: Unsafe.Add(ref fp, ins.A) = ((long)Unsafe.Add(ref fp, ins.B) <= (long)Unsafe.Add(ref fp, ins.C)) ? 1ul : 0ul; break;
                    case Op.I64LeSImm: Unsafe.Add(ref fp, ins.A) = ((long)Unsafe.Add(ref fp, ins.B) <= (long)ins.K) ? 1ul : 0ul; break;
                    case Op.I64LeU: Unsafe.Add(ref fp, ins.A) = (Unsafe.Add(ref fp, ins.B) <= Unsafe.Add(ref fp, ins.C)) ? 1ul : 0ul; break;
                    case Op.I64LeUImm: Unsafe.Add(ref fp, ins.A) = (Unsafe.Add(ref fp, ins.B) <= ins.K) ? 1ul : 0ul; break;
                    case Op.I64GeS: Unsafe.Add(ref fp, ins.A) = ((long)Unsafe.Add(ref fp, ins.B) >= (long)Unsafe.Add(ref fp, ins.C)) ? 1ul : 0ul; break;
                    case Op.I64GeSImm: Unsafe.Add(ref fp, ins.A) = ((long)Unsafe.Add(ref fp, ins.B) >= (long)ins.K) ? 1ul : 0ul; break;
                    case Op.I64GeU: Unsafe.Add(ref fp, ins.A) = (Unsafe.Add(ref fp, ins.B) >= Unsafe.Add(ref fp, ins.C)) ? 1ul : 0ul; break;
                    case Op.I64GeUImm: Unsafe.Add(ref fp, ins.A) = (Unsafe.Add(ref fp, ins.B) >= ins.K) ? 1ul : 0ul; break;
                    case Op.F32Add: Unsafe.Add(ref fp, ins.A) = BitConverter.SingleToUInt32Bits(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)) + BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.C))); break;
                    case Op.F32Sub: Unsafe.Add(ref fp, ins.A) = BitConverter.SingleToUInt32Bits(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)) - BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.C))); break;
                    case Op.F32Mul: Unsafe.Add(ref fp, ins.A) = BitConverter.SingleToUInt32Bits(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)) * BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.C))); break;
                    case Op.F32Div: Unsafe.Add(ref fp, ins.A) = BitConverter.SingleToUInt32Bits(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)) / BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.C))); break;
                    case Op.F32AddImm: Unsafe.Add(ref fp, ins.A) = BitConverter.SingleToUInt32Bits(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)) + BitConverter.UInt32BitsToSingle((uint)ins.K)); break;
                    case Op.F32SubImm: Unsafe.Add(ref fp, ins.A) = BitConverter.SingleToUInt32Bits(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)) - BitConverter.UInt32BitsToSingle((uint)ins.K)); break;
                    case Op.F32MulImm: Unsafe.Add(ref fp, ins.A) = BitConverter.SingleToUInt32Bits(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)) * BitConverter.UInt32BitsToSingle((uint)ins.K)); break;
                    case Op.F32DivImm: Unsafe.Add(ref fp, ins.A) = BitConverter.SingleToUInt32Bits(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)) / BitConverter.UInt32BitsToSingle((uint)ins.K)); break;
                    case Op.F32Min: Unsafe.Add(ref fp, ins.A) = BitConverter.SingleToUInt32Bits(Numerics.F32Min(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)), BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.C)))); break;
                    case Op.F32Max: Unsafe.Add(ref fp, ins.A) = BitConverter.SingleToUInt32Bits(Numerics.F32Max(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)), BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.C)))); break;
                    case Op.F32Copysign: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.F32Copysign((uint)Unsafe.Add(ref fp, ins.B), (uint)Unsafe.Add(ref fp, ins.C))); break;
                    case Op.F32Eq: Unsafe.Add(ref fp, ins.A) = (BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)) == BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.C))) ? 1ul : 0ul; break;
                    case Op.F32Ne: Unsafe.Add(ref fp, ins.A) = (BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)) != BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.C))) ? 1ul : 0ul; break;
                    case Op.F32Lt: Unsafe.Add(ref fp, ins.A) = (BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)) < BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.C))) ? 1ul : 0ul; break;
                    case Op.F32Gt: Unsafe.Add(ref fp, ins.A) = (BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)) > BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.C))) ? 1ul : 0ul; break;
                    case Op.F32Le: Unsafe.Add(ref fp, ins.A) = (BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)) <= BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.C))) ? 1ul : 0ul; break;
                    case Op.F32Ge: Unsafe.Add(ref fp, ins.A) = (BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)) >= BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.C))) ? 1ul : 0ul; break;
                    case Op.F64Add: Unsafe.Add(ref fp, ins.A) = BitConverter.DoubleToUInt64Bits(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)) + BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.C))); break;
                    case Op.F64Sub: Unsafe.Add(ref fp, ins.A) = BitConverter.DoubleToUInt64Bits(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)) - BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.C))); break;
                    case Op.F64Mul: Unsafe.Add(ref fp, ins.A) = BitConverter.DoubleToUInt64Bits(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)) * BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.C))); break;
                    case Op.F64Div: Unsafe.Add(ref fp, ins.A) = BitConverter.DoubleToUInt64Bits(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)) / BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.C))); break;
                    case Op.F64AddImm: Unsafe.Add(ref fp, ins.A) = BitConverter.DoubleToUInt64Bits(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)) + BitConverter.UInt64BitsToDouble(ins.K)); break;
                    case Op.F64SubImm: Unsafe.Add(ref fp, ins.A) = BitConverter.DoubleToUInt64Bits(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)) - BitConverter.UInt64BitsToDouble(ins.K)); break;
                    case Op.F64MulImm: Unsafe.Add(ref fp, ins.A) = BitConverter.DoubleToUInt64Bits(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)) * BitConverter.UInt64BitsToDouble(ins.K)); break;
                    case Op.F64DivImm: Unsafe.Add(ref fp, ins.A) = BitConverter.DoubleToUInt64Bits(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)) / BitConverter.UInt64BitsToDouble(ins.K)); break;
                    case Op.F64Min: Unsafe.Add(ref fp, ins.A) = BitConverter.DoubleToUInt64Bits(Numerics.F64Min(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)), BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.C)))); break;
                    case Op.F64Max: Unsafe.Add(ref fp, ins.A) = BitConverter.DoubleToUInt64Bits(Numerics.F64Max(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)), BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.C)))); break;
                    case Op.F64Copysign: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.F64Copysign(Unsafe.Add(ref fp, ins.B), Unsafe.Add(ref fp, ins.C))); break;
                    case Op.F64Eq: Unsafe.Add(ref fp, ins.A) = (BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)) == BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.C))) ? 1ul : 0ul; break;
                    case Op.F64Ne: Unsafe.Add(ref fp, ins.A) = (BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)) != BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.C))) ? 1ul : 0ul; break;
                    case Op.F64Lt: Unsafe.Add(ref fp, ins.A) = (BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)) < BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.C))) ? 1ul : 0ul; break;
                    case Op.F64Gt: Unsafe.Add(ref fp, ins.A) = (BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)) > BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.C))) ? 1ul : 0ul; break;
                    case Op.F64Le: Unsafe.Add(ref fp, ins.A) = (BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)) <= BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.C))) ? 1ul : 0ul; break;
                    case Op.F64Ge: Unsafe.Add(ref fp, ins.A) = (BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)) >= BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.C))) ? 1ul : 0ul; break;
                    case Op.I32Clz: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32Clz((uint)Unsafe.Add(ref fp, ins.B))); break;
                    case Op.I32Ctz: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32Ctz((uint)Unsafe.Add(ref fp, ins.B))); break;
                    case Op.I32Popcnt: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32Popcnt((uint)Unsafe.Add(ref fp, ins.B))); break;
                    case Op.I32Eqz: Unsafe.Add(ref fp, ins.A) = ((uint)Unsafe.Add(ref fp, ins.B) == 0) ? 1ul : 0ul; break;
                    case Op.I64Clz: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64Clz(Unsafe.Add(ref fp, ins.B))); break;
                    case Op.I64Ctz: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64Ctz(Unsafe.Add(ref fp, ins.B))); break;
                    case Op.I64Popcnt: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64Popcnt(Unsafe.Add(ref fp, ins.B))); break;
                    case Op.I64Eqz: Unsafe.Add(ref fp, ins.A) = (Unsafe.Add(ref fp, ins.B) == 0) ? 1ul : 0ul; break;
                    case Op.F32Abs: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.F32Abs((uint)Unsafe.Add(ref fp, ins.B))); break;
                    case Op.F32Neg: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.F32Neg((uint)Unsafe.Add(ref fp, ins.B))); break;
                    case Op.F32Ceil: Unsafe.Add(ref fp, ins.A) = BitConverter.SingleToUInt32Bits(Numerics.F32Ceil(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.F32Floor: Unsafe.Add(ref fp, ins.A) = BitConverter.SingleToUInt32Bits(Numerics.F32Floor(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.F32Trunc: Unsafe.Add(ref fp, ins.A) = BitConverter.SingleToUInt32Bits(Numerics.F32Trunc(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.F32Nearest: Unsafe.Add(ref fp, ins.A) = BitConverter.SingleToUInt32Bits(Numerics.F32Nearest(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.F32Sqrt: Unsafe.Add(ref fp, ins.A) = BitConverter.SingleToUInt32Bits(Numerics.F32Sqrt(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.F64Abs: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.F64Abs(Unsafe.Add(ref fp, ins.B))); break;
                    case Op.F64Neg: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.F64Neg(Unsafe.Add(ref fp, ins.B))); break;
                    case Op.F64Ceil: Unsafe.Add(ref fp, ins.A) = BitConverter.DoubleToUInt64Bits(Numerics.F64Ceil(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.F64Floor: Unsafe.Add(ref fp, ins.A) = BitConverter.DoubleToUInt64Bits(Numerics.F64Floor(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.F64Trunc: Unsafe.Add(ref fp, ins.A) = BitConverter.DoubleToUInt64Bits(Numerics.F64Trunc(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.F64Nearest: Unsafe.Add(ref fp, ins.A) = BitConverter.DoubleToUInt64Bits(Numerics.F64Nearest(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.F64Sqrt: Unsafe.Add(ref fp, ins.A) = BitConverter.DoubleToUInt64Bits(Numerics.F64Sqrt(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.I32WrapI64: Unsafe.Add(ref fp, ins.A) = (uint)((uint)Unsafe.Add(ref fp, ins.B)); break;
                    case Op.I32TruncF32S: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32TruncF32S(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.I32TruncF32U: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32TruncF32U(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.I32TruncF64S: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32TruncF64S(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.I32TruncF64U: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32TruncF64U(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.I64ExtendI32S: Unsafe.Add(ref fp, ins.A) = (ulong)((long)(int)Unsafe.Add(ref fp, ins.B)); break;
                    case Op.I64ExtendI32U: Unsafe.Add(ref fp, ins.A) = (ulong)((ulong)(uint)Unsafe.Add(ref fp, ins.B)); break;
                    case Op.I64TruncF32S: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64TruncF32S(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.I64TruncF32U: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64TruncF32U(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.I64TruncF64S: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64TruncF64S(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.I64TruncF64U: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64TruncF64U(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.F32ConvertI32S: Unsafe.Add(ref fp, ins.A) = BitConverter.SingleToUInt32Bits(Numerics.F32ConvertI32S((int)Unsafe.Add(ref fp, ins.B))); break;
                    case Op.F32ConvertI32U: Unsafe.Add(ref fp, ins.A) = BitConverter.SingleToUInt32Bits(Numerics.F32ConvertI32U((uint)Unsafe.Add(ref fp, ins.B))); break;
                    case Op.F32ConvertI64S: Unsafe.Add(ref fp, ins.A) = BitConverter.SingleToUInt32Bits(Numerics.F32ConvertI64S((long)Unsafe.Add(ref fp, ins.B))); break;
                    case Op.F32ConvertI64U: Unsafe.Add(ref fp, ins.A) = BitConverter.SingleToUInt32Bits(Numerics.F32ConvertI64U(Unsafe.Add(ref fp, ins.B))); break;
                    case Op.F32DemoteF64: Unsafe.Add(ref fp, ins.A) = BitConverter.SingleToUInt32Bits(Numerics.F32DemoteF64(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.F64ConvertI32S: Unsafe.Add(ref fp, ins.A) = BitConverter.DoubleToUInt64Bits(Numerics.F64ConvertI32S((int)Unsafe.Add(ref fp, ins.B))); break;
                    case Op.F64ConvertI32U: Unsafe.Add(ref fp, ins.A) = BitConverter.DoubleToUInt64Bits(Numerics.F64ConvertI32U((uint)Unsafe.Add(ref fp, ins.B))); break;
                    case Op.F64ConvertI64S: Unsafe.Add(ref fp, ins.A) = BitConverter.DoubleToUInt64Bits(Numerics.F64ConvertI64S((long)Unsafe.Add(ref fp, ins.B))); break;
                    case Op.F64ConvertI64U: Unsafe.Add(ref fp, ins.A) = BitConverter.DoubleToUInt64Bits(Numerics.F64ConvertI64U(Unsafe.Add(ref fp, ins.B))); break;
                    case Op.F64PromoteF32: Unsafe.Add(ref fp, ins.A) = BitConverter.DoubleToUInt64Bits(Numerics.F64PromoteF32(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.I32Extend8S: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32Extend8S((uint)Unsafe.Add(ref fp, ins.B))); break;
                    case Op.I32Extend16S: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32Extend16S((uint)Unsafe.Add(ref fp, ins.B))); break;
                    case Op.I64Extend8S: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64Extend8S(Unsafe.Add(ref fp, ins.B))); break;
                    case Op.I64Extend16S: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64Extend16S(Unsafe.Add(ref fp, ins.B))); break;
                    case Op.I64Extend32S: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64Extend32S(Unsafe.Add(ref fp, ins.B))); break;
                    case Op.I32TruncSatF32S: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32TruncSatF32S(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.I32TruncSatF32U: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32TruncSatF32U(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.I32TruncSatF64S: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32TruncSatF64S(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.I32TruncSatF64U: Unsafe.Add(ref fp, ins.A) = (uint)(Numerics.I32TruncSatF64U(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.I64TruncSatF32S: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64TruncSatF32S(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.I64TruncSatF32U: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64TruncSatF32U(BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.I64TruncSatF64S: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64TruncSatF64S(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.I64TruncSatF64U: Unsafe.Add(ref fp, ins.A) = (ulong)(Numerics.I64TruncSatF64U(BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, ins.B)))); break;
                    case Op.BrIfI32Eq: if ((uint)Unsafe.Add(ref fp, ins.B) == (uint)Unsafe.Add(ref fp, ins.C)) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI32EqImm: if ((uint)Unsafe.Add(ref fp, ins.B) == (uint)ins.K) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI32Ne: if ((uint)Unsafe.Add(ref fp, ins.B) != (uint)Unsafe.Add(ref fp, ins.C)) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI32NeImm: if ((uint)Unsafe.Add(ref fp, ins.B) != (uint)ins.K) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI32LtS: if ((int)Unsafe.Add(ref fp, ins.B) < (int)Unsafe.Add(ref fp, ins.C)) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI32LtSImm: if ((int)Unsafe.Add(ref fp, ins.B) < (int)ins.K) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI32LtU: if ((uint)Unsafe.Add(ref fp, ins.B) < (uint)Unsafe.Add(ref fp, ins.C)) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI32LtUImm: if ((uint)Unsafe.Add(ref fp, ins.B) < (uint)ins.K) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI32GtS: if ((int)Unsafe.Add(ref fp, ins.B) > (int)Unsafe.Add(ref fp, ins.C)) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI32GtSImm: if ((int)Unsafe.Add(ref fp, ins.B) > (int)ins.K) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI32GtU: if ((uint)Unsafe.Add(ref fp, ins.B) > (uint)Unsafe.Add(ref fp, ins.C)) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI32GtUImm: if ((uint)Unsafe.Add(ref fp, ins.B) > (uint)ins.K) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI32LeS: if ((int)Unsafe.Add(ref fp, ins.B) <= (int)Unsafe.Add(ref fp, ins.C)) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI32LeSImm: if ((int)Unsafe.Add(ref fp, ins.B) <= (int)ins.K) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI32LeU: if ((uint)Unsafe.Add(ref fp, ins.B) <= (uint)Unsafe.Add(ref fp, ins.C)) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI32LeUImm: if ((uint)Unsafe.Add(ref fp, ins.B) <= (uint)ins.K) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI32GeS: if ((int)Unsafe.Add(ref fp, ins.B) >= (int)Unsafe.Add(ref fp, ins.C)) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI32GeSImm: if ((int)Unsafe.Add(ref fp, ins.B) >= (int)ins.K) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI32GeU: if ((uint)Unsafe.Add(ref fp, ins.B) >= (uint)Unsafe.Add(ref fp, ins.C)) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI32GeUImm: if ((uint)Unsafe.Add(ref fp, ins.B) >= (uint)ins.K) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI64Eq: if (Unsafe.Add(ref fp, ins.B) == Unsafe.Add(ref fp, ins.C)) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI64EqImm: if (Unsafe.Add(ref fp, ins.B) == ins.K) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI64Ne: if (Unsafe.Add(ref fp, ins.B) != Unsafe.Add(ref fp, ins.C)) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI64NeImm: if (Unsafe.Add(ref fp, ins.B) != ins.K) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI64LtS: if ((long)Unsafe.Add(ref fp, ins.B) < (long)Unsafe.Add(ref fp, ins.C)) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI64LtSImm: if ((long)Unsafe.Add(ref fp, ins.B) < (long)ins.K) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI64LtU: if (Unsafe.Add(ref fp, ins.B) < Unsafe.Add(ref fp, ins.C)) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI64LtUImm: if (Unsafe.Add(ref fp, ins.B) < ins.K) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI64GtS: if ((long)Unsafe.Add(ref fp, ins.B) > (long)Unsafe.Add(ref fp, ins.C)) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI64GtSImm: if ((long)Unsafe.Add(ref fp, ins.B) > (long)ins.K) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI64GtU: if (Unsafe.Add(ref fp, ins.B) > Unsafe.Add(ref fp, ins.C)) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI64GtUImm: if (Unsafe.Add(ref fp, ins.B) > ins.K) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI64LeS: if ((long)Unsafe.Add(ref fp, ins.B) <= (long)Unsafe.Add(ref fp, ins.C)) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI64LeSImm: if ((long)Unsafe.Add(ref fp, ins.B) <= (long)ins.K) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI64LeU: if (Unsafe.Add(ref fp, ins.B) <= Unsafe.Add(ref fp, ins.C)) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI64LeUImm: if (Unsafe.Add(ref fp, ins.B) <= ins.K) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI64GeS: if ((long)Unsafe.Add(ref fp, ins.B) >= (long)Unsafe.Add(ref fp, ins.C)) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI64GeSImm: if ((long)Unsafe.Add(ref fp, ins.B) >= (long)ins.K) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI64GeU: if (Unsafe.Add(ref fp, ins.B) >= Unsafe.Add(ref fp, ins.C)) ip = ref Unsafe.Add(ref code0, ins.A); break;
                    case Op.BrIfI64GeUImm: if (Unsafe.Add(ref fp, ins.B) >= ins.K) ip = ref Unsafe.Add(ref code0, ins.A); break;

                // ---- superinstructions: f64 arithmetic with a fused load or store ----
                case Op.F64AddLoad: Unsafe.Add(ref fp, ins.A) = F64Bits(F64(Unsafe.Add(ref fp, ins.B)) + F64(MemoryAccess.U64(mb, ml, FusedAddr(ref fp, ins.C, ins.K), (uint)ins.K))); break;
                case Op.F64LoadAdd: Unsafe.Add(ref fp, ins.A) = F64Bits(F64(MemoryAccess.U64(mb, ml, FusedAddr(ref fp, ins.C, ins.K), (uint)ins.K)) + F64(Unsafe.Add(ref fp, ins.B))); break;
                case Op.F64SubLoad: Unsafe.Add(ref fp, ins.A) = F64Bits(F64(Unsafe.Add(ref fp, ins.B)) - F64(MemoryAccess.U64(mb, ml, FusedAddr(ref fp, ins.C, ins.K), (uint)ins.K))); break;
                case Op.F64LoadSub: Unsafe.Add(ref fp, ins.A) = F64Bits(F64(MemoryAccess.U64(mb, ml, FusedAddr(ref fp, ins.C, ins.K), (uint)ins.K)) - F64(Unsafe.Add(ref fp, ins.B))); break;
                case Op.F64MulLoad: Unsafe.Add(ref fp, ins.A) = F64Bits(F64(Unsafe.Add(ref fp, ins.B)) * F64(MemoryAccess.U64(mb, ml, FusedAddr(ref fp, ins.C, ins.K), (uint)ins.K))); break;
                case Op.F64LoadMul: Unsafe.Add(ref fp, ins.A) = F64Bits(F64(MemoryAccess.U64(mb, ml, FusedAddr(ref fp, ins.C, ins.K), (uint)ins.K)) * F64(Unsafe.Add(ref fp, ins.B))); break;
                case Op.F64AddStore: MemoryAccess.Store64(mb, ml, FusedAddr(ref fp, ins.A, ins.K), (uint)ins.K, F64Bits(F64(Unsafe.Add(ref fp, ins.B)) + F64(Unsafe.Add(ref fp, ins.C)))); break;
                case Op.F64SubStore: MemoryAccess.Store64(mb, ml, FusedAddr(ref fp, ins.A, ins.K), (uint)ins.K, F64Bits(F64(Unsafe.Add(ref fp, ins.B)) - F64(Unsafe.Add(ref fp, ins.C)))); break;
                case Op.F64MulStore: MemoryAccess.Store64(mb, ml, FusedAddr(ref fp, ins.A, ins.K), (uint)ins.K, F64Bits(F64(Unsafe.Add(ref fp, ins.B)) * F64(Unsafe.Add(ref fp, ins.C)))); break;
                // ---- superinstructions: an immediate op feeding a binary op ----
                case Op.I32ShlImmAdd: Unsafe.Add(ref fp, ins.A) = (uint)(((uint)Unsafe.Add(ref fp, ins.B) << (int)(ins.K & 31)) + (uint)Unsafe.Add(ref fp, ins.C)); break;
                case Op.I32MulImmAdd: Unsafe.Add(ref fp, ins.A) = (uint)((uint)Unsafe.Add(ref fp, ins.B) * (uint)ins.K + (uint)Unsafe.Add(ref fp, ins.C)); break;
                case Op.I32RotlImmXor: Unsafe.Add(ref fp, ins.A) = (uint)(BitOperations.RotateLeft((uint)Unsafe.Add(ref fp, ins.B), (int)(ins.K & 31)) ^ (uint)Unsafe.Add(ref fp, ins.C)); break;
                case Op.I32ShrUImmXor: Unsafe.Add(ref fp, ins.A) = (uint)(((uint)Unsafe.Add(ref fp, ins.B) >> (int)(ins.K & 31)) ^ (uint)Unsafe.Add(ref fp, ins.C)); break;
                case Op.I32ShlImmXor: Unsafe.Add(ref fp, ins.A) = (uint)(((uint)Unsafe.Add(ref fp, ins.B) << (int)(ins.K & 31)) ^ (uint)Unsafe.Add(ref fp, ins.C)); break;
                case Op.I32AddAdd: Unsafe.Add(ref fp, ins.A) = (uint)((uint)Unsafe.Add(ref fp, ins.B) + (uint)Unsafe.Add(ref fp, ins.C) + (uint)Unsafe.Add(ref fp, (int)ins.K)); break;
                case Op.F64AddLoadStore:
                {
                    ulong at = FusedAddr(ref fp, ins.A, ins.K);
                    double m = F64(MemoryAccess.U64(mb, ml, at, (uint)ins.K));
                    MemoryAccess.Store64(mb, ml, at, (uint)ins.K, F64Bits(F64(Unsafe.Add(ref fp, ins.B)) + m));
                    break;
                }
                case Op.F64LoadAddStore:
                {
                    ulong at = FusedAddr(ref fp, ins.A, ins.K);
                    double m = F64(MemoryAccess.U64(mb, ml, at, (uint)ins.K));
                    MemoryAccess.Store64(mb, ml, at, (uint)ins.K, F64Bits(m + F64(Unsafe.Add(ref fp, ins.B))));
                    break;
                }
                case Op.I32AddImmBrNz:
                {
                    uint v = (uint)Unsafe.Add(ref fp, ins.B) + (uint)ins.K;
                    Unsafe.Add(ref fp, ins.C) = v;
                    if (v != 0) ip = ref Unsafe.Add(ref code0, ins.A);
                    break;
                }
                case Op.I32AddImmBrNeImm:
                {
                    uint v = (uint)Unsafe.Add(ref fp, ins.B) + (uint)ins.K;
                    Unsafe.Add(ref fp, ins.C) = v;
                    if (v != (uint)(ins.K >> 32)) ip = ref Unsafe.Add(ref code0, ins.A);
                    break;
                }
                case Op.SelectNz64:
                    Unsafe.Add(ref fp, ins.A) = Unsafe.Add(ref fp, (int)ins.K) != 0 ? Unsafe.Add(ref fp, ins.B) : Unsafe.Add(ref fp, ins.C);
                    break;

                default: throw new InvalidOperationException($"interpreter: bad opcode {ins.Op}");
            }
            continue;

        call:
            if (callee is WasmFunctionInstance w && w.Code is LoweredFunction clf)
            {
                if (++stack.Depth > maxDepth) Trap.Throw(TrapCode.CallStackExhausted);
                Frame[] items = frames.Items;
                int count = frames.Count;
                // Pc holds the byte offset of the resume point (no division by the Inst size).
                items[count - 1].Pc = (int)Unsafe.ByteOffset(ref code0, ref ip);
                if (count == items.Length) items = frames.Grow();
                ref Frame nf = ref items[count];
                nf.Func = w;
                nf.Code = clf;
                nf.Fp = argAt;
                frames.Count = count + 1;
                if (argAt + clf.FrameSlots > slots.Length)
                {
                    stack.EnsureCapacity(argAt + clf.FrameSlots);
                    slots = stack.Slots;
                    refs = stack.Refs;
                }
                int clear = clf.ClearSlots;
                if (clear != 0)
                {
                    int from = argAt + clf.ParamSlots;
                    if (clear <= 8)
                    {
                        // Bounds: from + clear <= argAt + FrameSlots <= slots.Length (ensured just above).
                        ref ulong c0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), from);
                        for (int i = 0; i < clear; i++) Unsafe.Add(ref c0, i) = 0;
                    }
                    else slots.AsSpan(from, clear).Clear();
                    if (clf.HasRefLocals) refs.AsSpan(from, clear).Clear();
                }
                func = w;
                lf = clf;
                fpi = argAt;
                code0 = ref MemoryMarshal.GetArrayDataReference(lf.Code);
                ip = ref code0;
                fp = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), fpi);
                rfp = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(refs), fpi);
                if (w.Module != mod)
                {
                    mod = w.Module;
                    funcs = mod.Functions;
                    globals = mod.Globals;
                    mb = MemoryAccess.BaseOf(mod);
                    ml = MemoryAccess.LengthOf(mod);
                }
            }
            else
            {
                CallOut(callee, stack, argAt, mod);
                // The host may have re-entered wasm (reallocating the stack) or grown memory.
                slots = stack.Slots;
                refs = stack.Refs;
                fp = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), fpi);
                rfp = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(refs), fpi);
                mb = MemoryAccess.BaseOf(mod);
                ml = MemoryAccess.LengthOf(mod);
            }
        }
    }

    /// <summary>The 32-bit address of a fused memory operand: slot plus the add immediate packed in K's high half (wrapping).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FusedAddr(ref ulong fp, int slot, ulong k) => (uint)((uint)Unsafe.Add(ref fp, slot) + (uint)(k >> 32));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double F64(ulong bits) => BitConverter.UInt64BitsToDouble(bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong F64Bits(double d) => BitConverter.DoubleToUInt64Bits(d);

    /// <summary>The index of <paramref name="at"/> in the code array starting at <paramref name="code0"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PcOf(ref Inst code0, ref Inst at) => (int)(Unsafe.ByteOffset(ref code0, ref at) / Unsafe.SizeOf<Inst>());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClearLocals(ulong[] slots, object?[] refs, int fpi, LoweredFunction lf)
    {
        int n = lf.LocalSlots - lf.ParamSlots;
        if (n == 0) return;
        slots.AsSpan(fpi + lf.ParamSlots, n).Clear();
        if (lf.HasRefLocals) refs.AsSpan(fpi + lf.ParamSlots, n).Clear();
    }

    /// <summary>Copies <paramref name="n"/> slots from <paramref name="src"/> down to <paramref name="dst"/> (dst &lt; src, so a forward copy is safe).</summary>
    private static void Move(ref ulong fp, ref object? rfp, int dst, int src, int n, bool withRefs)
    {
        for (int i = 0; i < n; i++) Unsafe.Add(ref fp, dst + i) = Unsafe.Add(ref fp, src + i);
        if (withRefs)
            for (int i = 0; i < n; i++) Unsafe.Add(ref rfp, dst + i) = Unsafe.Add(ref rfp, src + i);
    }

    /// <summary>Calls a host function (or code of another back end) with arguments at <paramref name="argAt"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CallOut(FunctionInstance f, ExecStack stack, int argAt, ModuleInstance caller)
    {
        int room = Math.Max(Calls.SlotCount(f.Type.ParamArray), Calls.SlotCount(f.Type.ResultArray));
        int savedTop = stack.Top;
        var savedCaller = stack.Caller;
        stack.Top = argAt + room;
        stack.EnsureCapacity(stack.Top + 1);
        stack.Caller = caller;
        try
        {
            Calls.Invoke(f, stack, argAt);
        }
        finally
        {
            // Restored on traps and exits too, so no later host call sees a stale (possibly other store's) caller.
            stack.Top = savedTop;
            stack.Caller = savedCaller;
        }
    }
}
