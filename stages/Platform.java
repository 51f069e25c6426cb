///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS --add-modules jdk.incubator.vector
//COMPILE_OPTIONS --add-modules jdk.incubator.vector
//DEPS org.bytedeco:openblas:0.3.28-1.5.11
//DEPS org.bytedeco:openblas:0.3.28-1.5.11:linux-x86_64
//DEPS org.bytedeco:javacpp:1.5.11:linux-x86_64
//SOURCES lib/Platform.java
//SOURCES lib/Blas.java
//SOURCES lib/FastTrig.java
//SOURCES lib/FastTrigVector.java
//SOURCES blackbox/Kernels.java
//SOURCES blackbox/VectorKernels.java
//SOURCES blackbox/VectorKernels256.java

/**
 * Prints what decides the last bits on this machine (lib/Platform), one "name: value" line each, with the JVM options
 * the stages run with: the OpenBLAS core and the vector paths of the project's kernels. workflow/run-cache runs it
 * once per machine, JDK, JVM option and OPENBLAS_* setting and puts its lines into every run-cache key. No options.
 */
public class Platform {
    public static void main(String... args) {
        lib.Platform.choices().forEach((k, v) -> System.out.println(k + ": " + v));
    }
}
