/**
 * Verbs by which a person takes or took a post (`Budi pernah menjadi Ketua …`, `Budi kini menjadi Ketua …`): the title
 * names the person's body, but its time is not said, so it is not given as their post. Malay shares it.
 */
export const becomingVerbs: readonly string[] = ['menjadi'];
