#include <stdio.h>
int main(void) { puts("probe"); return 0; }
