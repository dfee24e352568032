using Weld.Execution.Simd;
using Weld.Syntax;
using Weld.Validation;

namespace Weld.Execution.Interpreter;

/// <summary>Lowering of the 0xFD instructions: each becomes one <see cref="Op.Simd"/> over operand slots
/// (shapes from the validator's signature table), except v128.const, which is two slot constants.</summary>
internal sealed partial class Lowerer
{
    private void LowerSimd(in Instr ins)
    {
        var op = ins.Op;
        if (op == Opcode.V128Const)
        {
            int dst = Push(ValueKind.V128);
            Emit(Op.Const, dst, k: ins.C);
            Emit(Op.Const, dst + 1, k: ins.D);
            _producer = -1;
            return;
        }
        var sig = OperatorSignatures.Table[(int)op];
        bool memory = sig.Class == OpClass.Memory;
        uint extra = memory ? (uint)ins.C : 0;
        if (op == Opcode.I8x16Shuffle)
        {
            // The 16 lane indices go to a scratch v128 slot above both operands, whose homes may be written
            // when they are popped; the dispatch reads all three before writing the result.
            int lanes = Push(ValueKind.V128);
            Emit(Op.Const, lanes, k: ins.C);
            Emit(Op.Const, lanes + 1, k: ins.D);
            Pop();
            extra = (uint)lanes;
        }
        int x = 0, y = 0;
        switch (sig.ParamCount)
        {
            case 3:
                extra = (uint)PopSrc(); // bitselect's mask
                y = PopSrc();
                x = PopSrc();
                break;
            case 2:
                y = PopSrc();
                x = PopSrc();
                break;
            case 1:
                x = PopSrc();
                break;
        }
        ulong k = SimdDispatch.Pack(op, (int)ins.D, extra);
        int memoryIndex = memory ? ins.B : 0;
        bool window = memory && IsMemory64(memoryIndex);
        if (window) Emit(Op.CheckAddress64, x, 1 << sig.MaxAlign, memoryIndex, ins.C); // see Memory64Access
        else UseMemory(memoryIndex);
        if (sig.Result != 0) EmitProducer(Op.Simd, sig.Result, x, y, k);
        else
        {
            Emit(Op.Simd, 0, x, y, k);
            _producer = -1;
        }
        if (window) EndMemory64Window();
        else RestoreMemory(memoryIndex);
    }
}
