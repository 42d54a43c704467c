package org.rapport.build;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a compiled class: the {@code CONSTANT_String} entries of its constant
 * pool (JVMS 4.4). That is every {@code "..."} in the source, including {@code static final}
 * constants and the recipes of {@code "prefix." + x} concatenations, which javac compiles to
 * {@code "prefix."} followed by the character U+0001 where the value goes.
 */
final class ClassFileStrings {
    /** Marks an argument in a {@code StringConcatFactory.makeConcatWithConstants} recipe. */
    static final char CONCAT_ARGUMENT = '\u0001';

    private ClassFileStrings() {
    }

    static List<String> of(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException("not a class file");
            }
            in.readUnsignedShort(); // minor version
            in.readUnsignedShort(); // major version
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            List<Integer> stringRefs = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 8 -> stringRefs.add(in.readUnsignedShort());
                    case 7, 16, 19, 20 -> in.skipNBytes(2);
                    case 15 -> in.skipNBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++; // long and double take two slots
                    }
                    default -> throw new IllegalArgumentException("unknown constant pool tag " + tag + " at " + i);
                }
            }
            return stringRefs.stream().map(ref -> utf8[ref]).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
