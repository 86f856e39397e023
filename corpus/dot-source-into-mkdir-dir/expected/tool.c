#include <stdio.h>

int main(void)
{
    printf("tool 2.0\n");
    return 0;
}
