using Weld.Syntax;

namespace Weld.Runtime;

/// <summary>Evaluates validated constant expressions (const, ref.null, ref.func, global.get, extended-const arithmetic,
/// and GC's allocating instructions).</summary>
internal static partial class ConstExpr
{
    public static Value Evaluate(Instr[] expr, ValType type, ModuleInstance inst)
    {
        // Nearly every constant expression is one instruction (then end): no operand stack to allocate for it.
        if (expr.Length == 1 || (expr.Length == 2 && expr[1].Op == Opcode.End))
        {
            ref readonly var single = ref expr[0];
            switch (single.Op)
            {
                case Opcode.I32Const: return Value.FromSlots(type, (uint)single.C, 0, null);
                case Opcode.I64Const or Opcode.F32Const or Opcode.F64Const: return Value.FromSlots(type, single.C, 0, null);
                case Opcode.V128Const: return Value.FromSlots(type, single.C, single.D, null);
                case Opcode.RefNull: return Value.FromSlots(type, 0, 0, null);
                case Opcode.RefFunc: return Value.FromSlots(type, 0, 0, inst.Functions[single.A]);
                case Opcode.GlobalGet:
                    var global = inst.Globals[single.A];
                    return Value.FromSlots(type, global.Lo, global.Hi, global.Ref);
            }
        }
        // Validated: the operand stack is never deeper than the expression is long.
        int room = Math.Max(16, expr.Length);
        Span<ulong> lo = room <= 16 ? stackalloc ulong[16] : new ulong[room];
        Span<ulong> hi = room <= 16 ? stackalloc ulong[16] : new ulong[room];
        var refs = new object?[room];
        int sp = 0;
        foreach (ref readonly var ins in expr.AsSpan())
        {
            if (sp >= room) throw new InvalidOperationException("constant expression too deep");
            switch (ins.Op)
            {
                case Opcode.I32Const: lo[sp++] = (uint)ins.C; break;
                case Opcode.I64Const:
                case Opcode.F32Const:
                case Opcode.F64Const: lo[sp++] = ins.C; break;
                case Opcode.RefNull: refs[sp] = null; lo[sp++] = 0; break;
                case Opcode.RefFunc: refs[sp] = inst.Functions[ins.A]; lo[sp++] = 0; break;
                case Opcode.GlobalGet:
                    var g = inst.Globals[ins.A];
                    lo[sp] = g.Lo; hi[sp] = g.Hi; refs[sp] = g.Ref; sp++;
                    break;
                case Opcode.I32Add: sp--; lo[sp - 1] = (uint)((int)lo[sp - 1] + (int)lo[sp]); break;
                case Opcode.I32Sub: sp--; lo[sp - 1] = (uint)((int)lo[sp - 1] - (int)lo[sp]); break;
                case Opcode.I32Mul: sp--; lo[sp - 1] = (uint)((int)lo[sp - 1] * (int)lo[sp]); break;
                case Opcode.I64Add: sp--; lo[sp - 1] += lo[sp]; break;
                case Opcode.I64Sub: sp--; lo[sp - 1] -= lo[sp]; break;
                case Opcode.I64Mul: sp--; lo[sp - 1] *= lo[sp]; break;
                case Opcode.V128Const: lo[sp] = ins.C; hi[sp] = ins.D; sp++; break;
                case Opcode.End: break;
                case var op when GcConstant(in ins, inst, lo, hi, refs, ref sp): break;
                default:
                    throw new InvalidOperationException($"not a constant instruction: {ins.Op}");
            }
        }
        return Value.FromSlots(type, lo[0], hi[0], refs[0]);
    }
}
