package org.leanml.testkit.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.leanml.core.predict.Predictor;
import org.leanml.eval.compare.ComparisonResult;
import org.leanml.eval.report.ComparisonReport;
import org.leanml.registry.ModelRegistry;
import org.leanml.registry.ModelVersion;
import org.leanml.testkit.gate.GateRecorder;

/**
 * Resolves {@link Alias} parameters from the class's {@link Registry}, and writes the comparisons
 * that the test's gate assertions ran as reports.
 *
 * <p>The registry is opened once per test class and closed after it. Each comparison is written
 * with the library's {@link ComparisonReport} as {@code target/leanml-reports/<test class>/<test
 * method>[-<n>].md} and {@code .json} (the directory can be changed with the system property
 * {@value #REPORTS_DIR_PROPERTY}); a test that ran no comparison writes nothing.
 */
public final class LeanMlRegistryExtension
    implements ParameterResolver, BeforeEachCallback, AfterEachCallback {
  /** The system property that overrides the reports directory. */
  public static final String REPORTS_DIR_PROPERTY = "leanml.reports.dir";

  /** The default reports directory, relative to the working directory. */
  public static final String DEFAULT_REPORTS_DIR = "target/leanml-reports";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(LeanMlRegistryExtension.class);

  /** Creates the extension; JUnit calls this. */
  public LeanMlRegistryExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return parameter.isAnnotated(Alias.class)
        && (type == Predictor.class || type == ModelVersion.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Alias alias = parameter.findAnnotation(Alias.class).orElseThrow();
    Class<?> testClass = context.getRequiredTestClass();
    Registry reg = findRegistry(testClass);
    String model = alias.model().isEmpty() ? reg.model() : alias.model();
    if (model.isEmpty()) {
      throw new ParameterResolutionException(
          "@Alias(\""
              + alias.value()
              + "\") names no model and @Registry on "
              + testClass.getName()
              + " has no model()");
    }
    ModelRegistry registry = open(context, reg);
    return resolve(registry, model, alias.value(), parameter.getParameter().getType());
  }

  static Object resolve(ModelRegistry registry, String model, String alias, Class<?> type) {
    ModelVersion version =
        registry
            .alias(model, alias)
            .orElseThrow(
                () ->
                    new ParameterResolutionException(
                        "alias '"
                            + alias
                            + "' of model '"
                            + model
                            + "' is not set in registry "
                            + registry.store().location()
                            + "; aliases set: "
                            + registry.aliases(model)));
    if (type == ModelVersion.class) {
      return version;
    }
    return registry.load(model, version.version());
  }

  private static Registry findRegistry(Class<?> testClass) {
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      Registry r = c.getAnnotation(Registry.class);
      if (r != null) {
        return r;
      }
    }
    throw new ParameterResolutionException(
        testClass.getName() + " uses @Alias but has no @Registry(path = ...) annotation");
  }

  private static ModelRegistry open(ExtensionContext context, Registry reg) {
    // Keyed by path in the class-level store, so it is closed when the class finishes.
    ExtensionContext classContext = classContext(context);
    // JUnit closes AutoCloseable values of a store when its context ends.
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            "registry:" + reg.path(),
            k -> {
              Path root = Path.of(reg.path());
              if (!Files.isDirectory(root)) {
                throw new ParameterResolutionException(
                    "@Registry path " + root.toAbsolutePath() + " is not a directory");
              }
              return ModelRegistry.open(root);
            },
            ModelRegistry.class);
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    GateRecorder.start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<ComparisonResult> results = GateRecorder.stop();
    if (results.isEmpty()) {
      return;
    }
    Path dir =
        Path.of(System.getProperty(REPORTS_DIR_PROPERTY, DEFAULT_REPORTS_DIR))
            .resolve(context.getRequiredTestClass().getName());
    String method = context.getTestMethod().map(Method::getName).orElse("test");
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < results.size(); i++) {
        String name = method + (results.size() == 1 ? "" : "-" + (i + 1));
        ComparisonReport report = ComparisonReport.of(results.get(i));
        Files.writeString(dir.resolve(name + ".md"), report.toMarkdown());
        Files.writeString(dir.resolve(name + ".json"), report.toJson());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the gate report under " + dir, e);
    }
  }
}
