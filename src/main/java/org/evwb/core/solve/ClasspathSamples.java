package org.evwb.core.solve;

import java.io.IOException;
import java.io.InputStream;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectIO;

/**
 * The sample projects shipped on the class path under {@value #FOLDER} (the repository's {@code sample-projects/},
 * packed into the jar), read and validated like any project file; a study names one as its
 * {@link StudyDefinition#sampleProject()}.
 */
public final class ClasspathSamples {

    /** The class-path folder of the shipped samples. */
    public static final String FOLDER = "sample-projects";

    private ClasspathSamples() {
    }

    /**
     * The sample {@code fileName} (e.g. {@code "motorway-a4.evwb.json"}).
     *
     * @throws IllegalStateException when it is missing or invalid: the build shipped a broken sample
     */
    public static Project load(String fileName) {
        String resource = FOLDER + "/" + fileName;
        try (InputStream in = ClasspathSamples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the sample project " + resource + " is not on the class path");
            }
            return new ProjectIO().read(in.readAllBytes(), resource);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the sample project " + resource + ": " + e.getMessage(), e);
        } catch (ProjectFileException e) {
            throw new IllegalStateException("the shipped sample project is invalid: " + e.getMessage(), e);
        }
    }
}
