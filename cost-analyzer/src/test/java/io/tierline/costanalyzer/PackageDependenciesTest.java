package io.tierline.costanalyzer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Imports between the packages run one way, so that each package can be read, tested and changed
 * with only what it imports in mind. Test code is left out: whole-app tests start the application
 * from any package.
 */
@AnalyzeClasses(
    packages = "io.tierline.costanalyzer",
    importOptions = ImportOption.DoNotIncludeTests.class)
class PackageDependenciesTest {

  @ArchTest
  static final ArchRule packagesHaveNoCycles =
      slices().matching("io.tierline.costanalyzer.(**)").should().beFreeOfCycles();

  /**
   * The application's package wires all the others together: a package that imported it would
   * import them all.
   */
  @ArchTest
  static final ArchRule nothingDependsOnTheApplicationPackage =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.tierline.costanalyzer")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.tierline.costanalyzer");
}
