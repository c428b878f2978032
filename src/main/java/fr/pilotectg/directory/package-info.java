/**
 * Directory: organisations (Caf, communes, EPCI, Département, MSA, État, associations…), the communes and EPCI they
 * are attached to, their users and roles, personal API tokens and sign-in throttling. It tells the platform what each
 * user's organisation takes part in ({@link fr.pilotectg.platform.ReachResolver}). Asks territory to check codes.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Organisations et utilisateurs",
        allowedDependencies = {"shared", "platform", "territory"})
package fr.pilotectg.directory;
