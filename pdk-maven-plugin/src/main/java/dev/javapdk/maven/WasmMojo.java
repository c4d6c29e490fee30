package dev.javapdk.maven;

import dev.javapdk.pipeline.BuildException;
import dev.javapdk.pipeline.BuildOptions;
import dev.javapdk.pipeline.Fingerprint;
import dev.javapdk.pipeline.PluginBuilder;
import dev.javapdk.pipeline.teavm.TeaVMCompiler;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Compiles the module's {@code @Export} functions to an Extism plug-in: {@code target/<finalName>.wasm}.
 *
 * <p>A thin shell: the work is done by {@link PluginBuilder}, which runs without Maven too.
 */
@Mojo(
        name = "wasm",
        defaultPhase = LifecyclePhase.PACKAGE,
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class WasmMojo extends AbstractMojo {
    /** The largest heap a module can be given, in MiB: heap sizes are ints of bytes. */
    private static final int MAX_HEAP_MB = 2047;

    /** Where the plug-in's compiled classes are. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
    private File classesDirectory;

    /** Where the {@code .wasm} goes. */
    @Parameter(defaultValue = "${project.build.directory}", required = true)
    private File outputDirectory;

    /** The file name of the module, without {@code .wasm}. */
    @Parameter(property = "javapdk.finalName", defaultValue = "${project.build.finalName}", required = true)
    private String finalName;

    /** Initial size of the Java heap inside the plug-in, in MiB. */
    @Parameter(property = "javapdk.minHeapMb", defaultValue = "2")
    private int minHeapMb;

    /** Largest size the Java heap may grow to, in MiB; beyond it an allocation fails the call. */
    @Parameter(property = "javapdk.maxHeapMb", defaultValue = "128")
    private int maxHeapMb;

    /** TeaVM optimisation level: {@code SIMPLE}, {@code ADVANCED} or {@code FULL}. */
    @Parameter(property = "javapdk.optimization", defaultValue = "ADVANCED")
    private BuildOptions.Optimization optimization;

    /** Keep the wasm name section (Java method names in traps and profilers); makes the module larger. */
    @Parameter(property = "javapdk.debugNames", defaultValue = "false")
    private boolean debugNames;

    /** Import modules of user host functions the plug-in may import from, besides {@code extism:host/env}. */
    @Parameter
    private List<String> hostModules = new ArrayList<>();

    /**
     * Only the exports of these classes (binary names) go into the module; default: every
     * {@code @Export} in the project. Lets one project build several plug-ins in several executions.
     */
    @Parameter
    private List<String> exportClasses = new ArrayList<>();

    /** Attach the {@code .wasm} to the project as an artifact of type {@code wasm}. */
    @Parameter(property = "javapdk.attach", defaultValue = "true")
    private boolean attach;

    /** Classifier of the attached artifact; set it when several executions attach modules. */
    @Parameter(property = "javapdk.classifier")
    private String classifier;

    /** Rebuild even if nothing changed since the last build. */
    @Parameter(property = "javapdk.force", defaultValue = "false")
    private boolean force;

    /** Skip this goal. */
    @Parameter(property = "javapdk.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    private final MavenProjectHelper projectHelper;

    @Inject
    public WasmMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the Extism plug-in build (javapdk.skip)");
            return;
        }
        Path output = outputDirectory.toPath().resolve(finalName + ".wasm");
        // One work directory per module, so that several executions in a project don't share one.
        Path workDir = outputDirectory.toPath().resolve("javapdk").resolve(finalName);
        List<Path> dependencies = dependencies();
        BuildOptions options;
        if (minHeapMb < 1 || maxHeapMb > MAX_HEAP_MB) {
            throw new MojoFailureException("invalid configuration: minHeapMb and maxHeapMb must be between 1 and "
                    + MAX_HEAP_MB + " (a wasm32 heap is addressed with 31-bit sizes here); got minHeapMb=" + minHeapMb
                    + ", maxHeapMb=" + maxHeapMb);
        }
        try {
            options = new BuildOptions(
                    minHeapMb << 20,
                    maxHeapMb << 20,
                    optimization,
                    debugNames,
                    new LinkedHashSet<>(hostModules),
                    new LinkedHashSet<>(exportClasses));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("invalid configuration: " + e.getMessage() + " (minHeapMb=" + minHeapMb
                    + ", maxHeapMb=" + maxHeapMb + ")");
        }
        try {
            Fingerprint fingerprint = Fingerprint.of(classesDirectory.toPath(), dependencies, options, pluginVersion());
            Path stamp = workDir.resolve(finalName + ".fingerprint");
            if (!force && fingerprint.matches(stamp) && Files.isRegularFile(output)) {
                getLog().info("Plug-in is up to date, skipping TeaVM: nothing changed since " + output
                        + " was built (-Djavapdk.force to rebuild)");
            } else {
                PluginBuilder.Result result = new PluginBuilder(new TeaVMCompiler(), getLog()::info)
                        .build(classesDirectory.toPath(), dependencies, workDir, output, options);
                result.hostWarnings().forEach(getLog()::warn);
                fingerprint.write(stamp);
                getLog().info("Built " + output + ": " + result.finalBytes() + " bytes (TeaVM wrote "
                        + result.compiledBytes() + "; " + result.rewriteSummary() + ")");
            }
        } catch (BuildException e) {
            throw new MojoFailureException(
                    "Extism plug-in build failed for " + project.getArtifactId() + ":\n" + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("I/O error while building " + output + ": " + e.getMessage(), e);
        }
        if (attach) {
            projectHelper.attachArtifact(project, "wasm", classifier, output.toFile());
        }
    }

    private List<Path> dependencies() throws MojoFailureException {
        List<Path> paths = new ArrayList<>();
        boolean hasApi = false;
        for (Artifact artifact : project.getArtifacts()) {
            if (artifact.getFile() == null || !artifact.getArtifactHandler().isAddedToClasspath()) {
                continue;
            }
            String scope = artifact.getScope();
            if (Artifact.SCOPE_TEST.equals(scope)
                    || Artifact.SCOPE_PROVIDED.equals(scope)
                    || Artifact.SCOPE_SYSTEM.equals(scope)) {
                continue;
            }
            hasApi |= "dev.javapdk".equals(artifact.getGroupId()) && "pdk-api".equals(artifact.getArtifactId());
            paths.add(artifact.getFile().toPath());
        }
        if (!hasApi) {
            throw new MojoFailureException(project.getArtifactId() + " does not depend on dev.javapdk:pdk-api: "
                    + "add it as a compile-scope dependency (the @Export annotation and the runtime live there)");
        }
        return paths;
    }

    /** The plugin's own jar, so that a new plugin build invalidates plug-ins built by the old one. */
    private static Path pluginVersion() {
        try {
            return Path.of(WasmMojo.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (Exception e) {
            return Path.of("unknown");
        }
    }
}
