package org.worldbench.engine.world.codec;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Zig-zag LEB128 varints: small deltas, positive or negative, in one or two bytes. */
final class Varint {

    private Varint() {
    }

    static void write(DataOutputStream out, long value) throws IOException {
        long v = (value << 1) ^ (value >> 63);
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    static long read(DataInputStream in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (v >>> 1) ^ -(v & 1);
            }
        }
        throw new IOException("varint longer than 10 bytes");
    }
}
