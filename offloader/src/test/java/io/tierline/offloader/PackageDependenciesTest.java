package io.tierline.offloader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The import rules between the offloader's packages. The root package holds what every backend and
 * the segment store share (ObjectStore, ObjectKey, ByteRange, the exceptions), so it depends on
 * none of them; and no two packages depend on each other, through any number of steps.
 */
@AnalyzeClasses(
    packages = "io.tierline.offloader",
    importOptions = ImportOption.DoNotIncludeTests.class)
class PackageDependenciesTest {

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("io.tierline.offloader.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule rootPackageDependsOnNoSubpackage =
      noClasses()
          .that()
          .resideInAPackage("io.tierline.offloader")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.tierline.offloader.*..");
}
