package org.telerad.shared.dicom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The DICOM model needs only the JDK, Jackson and the shared error model: any module can use it. */
@AnalyzeClasses(packages = "org.telerad.shared.dicom", importOptions = ImportOption.DoNotIncludeTests.class)
class DicomBoundaryTest {

    @ArchTest
    static final ArchRule the_dicom_model_depends_only_on_the_jdk_jackson_and_the_error_model = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.xml.stream..",
                    "com.fasterxml.jackson..", "org.telerad.shared.dicom..", "org.telerad.shared.problem");
}
