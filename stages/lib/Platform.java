package lib;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What decides the last bits of a result on this machine besides the code and its inputs, asked of the code that
 * decides it: the OpenBLAS version and the kernel set it chose for this CPU ({@link Blas#core()}; OPENBLAS_CORETYPE can
 * name one), and the vector paths of the project's own kernels, lib/FastTrig (DoubleVector's preferred species: "vector"
 * and its width when at least 256 bits, else "scalar") and blackbox/Kernels (FloatVector's preferred species: 512-bit,
 * else 256-bit, else scalar; package-private, so asked by reflection, "absent" where not compiled in). The JVM options
 * matter (-XX:UseAVX, MaxVectorSize, --add-modules jdk.incubator.vector), so this runs with the stages' own.
 * workflow/run-cache puts these into every run-cache key (stages/Platform.java prints them).
 */
public final class Platform {
    private Platform() {}

    /** Every choice, in a fixed order: openblas_version, openblas_core, fasttrig, blackbox_kernels. */
    public static Map<String, String> choices() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("openblas_version", org.bytedeco.openblas.global.openblas.OPENBLAS_VERSION.strip());
        m.put("openblas_core", Blas.core());
        m.put("fasttrig", FastTrig.implementation());
        m.put("blackbox_kernels", blackboxKernels());
        return m;
    }

    /** blackbox.Kernels.get().name(), or "absent" where blackbox/Kernels is not compiled in. */
    static String blackboxKernels() {
        try {
            Class<?> kernels = Class.forName("blackbox.Kernels");
            Method get = kernels.getDeclaredMethod("get");
            Method name = kernels.getDeclaredMethod("name");
            get.setAccessible(true);
            name.setAccessible(true);
            return String.valueOf(name.invoke(get.invoke(null)));
        } catch (ReflectiveOperationException | LinkageError e) {
            return "absent";
        }
    }
}
