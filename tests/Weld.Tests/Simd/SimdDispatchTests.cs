using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Weld.Execution.Interpreter;
using Weld.Execution.Simd;
using Weld.Syntax;

namespace Weld.Tests.Simd;

/// <summary>The interpreter's SIMD step on a frame of slots: operand/result slots, K packing, checked memory.</summary>
public sealed class SimdDispatchTests
{
    /// <summary>Runs one Op.Simd instruction (A, B, C, K) on the frame <paramref name="f"/>.</summary>
    private static void Run(ulong[] f, int a, int b, int c, ulong k, nint mb, ulong ml)
    {
        var ins = new Inst { Op = Op.Simd, A = a, B = b, C = c, K = k };
        SimdDispatch.Execute(new Operands(f, 0, ref ins), mb, ml);
    }

    [Fact]
    public void ArithmeticLanesAndBitselectUseTheirSlots()
    {
        var f = new ulong[12];
        f[0] = 0x0101010101010101; f[1] = 2; f[2] = 0x0202020202020202; f[3] = 3;
        Run(f, 4, 0, 2, SimdDispatch.Pack(Opcode.I8x16Add, 0, 0), 0, 0);
        Assert.Equal((0x0303030303030303UL, 5UL), (f[4], f[5]));
        Run(f, 6, 4, 0, SimdDispatch.Pack(Opcode.I16x8ExtractLaneU, 4, 0), 0, 0);
        Assert.Equal(5UL, f[6]);
        f[8] = ulong.MaxValue; f[9] = 0;
        Run(f, 10, 0, 2, SimdDispatch.Pack(Opcode.V128Bitselect, 0, 8), 0, 0);
        Assert.Equal((0x0101010101010101UL, 3UL), (f[10], f[11]));
        f[6] = 9;
        Run(f, 4, 0, 6, SimdDispatch.Pack(Opcode.I64x2Shl, 0, 0), 0, 0); // 9 & 63
        Assert.Equal((0x0101010101010101UL << 9, 2UL << 9), (f[4], f[5]));
        Run(f, 6, 0, 0, SimdDispatch.Pack(Opcode.I8x16Bitmask, 0, 0), 0, 0);
        Assert.Equal(0UL, f[6]);
    }

    [Fact]
    public void LoadsAndStoresAreBoundsChecked()
    {
        var mem = new byte[32];
        for (int i = 0; i < 32; i++) mem[i] = (byte)i;
        var f = new ulong[8];
        var handle = GCHandle.Alloc(mem, GCHandleType.Pinned);
        try
        {
            nint p = handle.AddrOfPinnedObject();
            f[0] = 16; // address
            Run(f, 2, 0, 0, SimdDispatch.Pack(Opcode.V128Load, 0, 0), p, 32);
            Assert.Equal(Vector128.Create((byte)16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31), SimdOps.Read(ref f[2]));
            var oob = Assert.Throws<TrapException>(() => Run(f, 2, 0, 0, SimdDispatch.Pack(Opcode.V128Load, 0, 1), p, 32));
            Assert.StartsWith("out of bounds memory access", oob.Message);
            f[0] = 0;
            Run(f, 0, 0, 2, SimdDispatch.Pack(Opcode.V128Store32Lane, 3, 4), p, 32);
            Assert.Equal(new byte[] { 28, 29, 30, 31 }, mem[4..8]);
            Run(f, 4, 0, 2, SimdDispatch.Pack(Opcode.V128Load8Lane, 15, 0), p, 32);
            Assert.Equal(f[3] & 0x00ffffffffffffff, f[5]); // lane 15 := mem[0] = 0
            Assert.Throws<TrapException>(() => Run(f, 0, 0, 2, SimdDispatch.Pack(Opcode.V128Store64Lane, 0, 25), p, 32));
            Assert.Equal((byte)25, mem[25]); // nothing written
        }
        finally
        {
            handle.Free();
        }
    }
}
